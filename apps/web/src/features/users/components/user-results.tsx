import type { UserListItem } from '@portal/shared';
import { useTranslation } from 'react-i18next';
import { Pager } from '@/components/ui/pager';
import { Spinner } from '@/components/ui/spinner';
import { type ListPaging, usePageOfList } from '@/hooks/use-list-paging';
import { useUsers } from '../api/get-users';
import { USER_LIST_PAGE_SIZE } from '../constants';
import type { UserAction } from '../user-actions';
import { type UserRowContext, UsersTable } from './users-table';

type UserResultsProps = {
  search: string;
  paging: ListPaging;
  canManage: boolean;
  actionContext: UserRowContext;
  onAction: (action: UserAction, user: UserListItem) => void;
};

/** One page of users (fetched from the server page by page), its pager, or why there is none. */
export function UserResults({
  search,
  paging,
  canManage,
  actionContext,
  onAction,
}: UserResultsProps) {
  const { t } = useTranslation();
  const users = useUsers({
    ...(search ? { search } : {}),
    limit: USER_LIST_PAGE_SIZE,
    ...(paging.cursor ? { cursor: paging.cursor } : {}),
  });
  const total = usePageOfList(users.data, paging);

  if (users.data) {
    const { items, nextCursor } = users.data;
    return (
      <>
        {/* Stays in the page, so that a search that finds nothing is announced. */}
        <p className={items.length === 0 ? 'muted' : 'visually-hidden'} aria-live="polite">
          {items.length === 0 ? t('users.empty') : ''}
        </p>
        {items.length > 0 && (
          <UsersTable
            users={items}
            canManage={canManage}
            actionContext={actionContext}
            busy={users.isFetching}
            onAction={onAction}
          />
        )}
        {items.length > 0 && (
          <Pager
            label={t('users.pages')}
            offset={paging.offset}
            shown={items.length}
            total={total}
            hasPrevious={paging.hasPrevious}
            hasNext={nextCursor !== null}
            onPrevious={paging.previous}
            onNext={() => {
              if (nextCursor) paging.next(nextCursor, items.length);
            }}
          />
        )}
      </>
    );
  }
  if (users.isError) {
    return (
      <div className="alert alert--error" role="alert">
        <p>{t('users.loadError')}</p>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void users.refetch()}
        >
          {t('common.tryAgain')}
        </button>
      </div>
    );
  }
  return <Spinner />;
}
