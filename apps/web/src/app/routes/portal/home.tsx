import { useTranslation } from 'react-i18next';
import { Welcome } from '@/features/portal/components/welcome';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useMe } from '@/lib/me';

export function HomeRoute() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  useDocumentTitle(t('home.documentTitle'));
  // PortalRoot renders this only once the account is loaded.
  return me ? <Welcome me={me} /> : null;
}
