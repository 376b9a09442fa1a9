import type { CustomerListItem } from '@portal/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api-client';
import { apiErrorMessage } from '@/lib/api-error-message';
import { useSetCustomerStatus } from '../api/update-customer';

/**
 * The reseller administrator's changes on Select customer: which dialog is open ("Add customer",
 * "Deactivate …?"), the last change's message, and activating at once (it takes nothing away).
 */
export function useCustomerManagement(onMessage: (message: string) => void) {
  const { t } = useTranslation();
  const setStatus = useSetCustomerStatus();
  const [adding, setAdding] = useState(false);
  const [deactivating, setDeactivating] = useState<CustomerListItem | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const problemOf = (error: unknown) =>
    isApiError(error) ? apiErrorMessage(error.code, t) : t('common.unexpected');

  function changeStatus(customer: CustomerListItem) {
    setProblem(null);
    if (customer.status === 'active') return setDeactivating(customer);
    setStatus.mutate(
      { tenantId: customer.id, status: 'active' },
      {
        onSuccess: () => onMessage(t('customers.manage.activated', { name: customer.name })),
        onError: (error) => onMessage(problemOf(error)),
      },
    );
  }

  function confirmDeactivation() {
    if (!deactivating || setStatus.isPending) return;
    const customer = deactivating;
    setStatus.mutate(
      { tenantId: customer.id, status: 'deactivated' },
      {
        onSuccess: () => {
          setDeactivating(null);
          onMessage(t('customers.manage.deactivated', { name: customer.name }));
        },
        onError: (error) => setProblem(problemOf(error)),
      },
    );
  }

  return {
    adding,
    openAdd: () => setAdding(true),
    closeAdd: () => setAdding(false),
    deactivating,
    closeDeactivate: () => setDeactivating(null),
    busy: setStatus.isPending,
    problem,
    changeStatus,
    confirmDeactivation,
  };
}
