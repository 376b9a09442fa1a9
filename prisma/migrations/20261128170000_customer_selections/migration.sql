-- CreateTable
CREATE TABLE "customer_selections" (
    "user_id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "selected_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "customer_selections_pkey" PRIMARY KEY ("user_id","tenant_id")
);

-- CreateIndex
CREATE INDEX "customer_selections_user_id_selected_at_idx" ON "customer_selections"("user_id", "selected_at");

-- CreateIndex
CREATE INDEX "customer_selections_tenant_id_idx" ON "customer_selections"("tenant_id");

-- CreateIndex
CREATE INDEX "audit_events_tenant_id_actor_user_id_created_at_idx" ON "audit_events"("tenant_id", "actor_user_id", "created_at");

-- CreateIndex
CREATE INDEX "audit_events_tenant_id_subject_user_id_created_at_idx" ON "audit_events"("tenant_id", "subject_user_id", "created_at");

-- CreateIndex
CREATE INDEX "audit_events_tenant_id_id_idx" ON "audit_events"("tenant_id", "id");

-- AddForeignKey
ALTER TABLE "customer_selections" ADD CONSTRAINT "customer_selections_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "customer_selections" ADD CONSTRAINT "customer_selections_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;
