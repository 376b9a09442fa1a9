/**
 * The texts of the customer selection: the section `customers` of the texts that app/texts.ts
 * assembles.
 * English is the reference: German and French must have exactly its keys.
 */
const en = {
  documentTitle: 'Select customer',
  heading: 'Select customer',
  intro:
    'Choose the customer tenant to work in. The customers you worked in most recently come first.',
  search: 'Search customers',
  searchHint: 'Part of a customer name or tenant domain',
  caption: 'Customers',
  pages: 'Customer pages',
  empty: 'No customers found.',
  loadError: 'The customers could not be loaded.',
  columns: {
    name: 'Customer',
    domain: 'Tenant domain',
    lastUsed: 'Last used',
    action: 'Action',
  },
  notUsedYet: 'Not used yet',
  current: 'Current',
  select: 'Select',
  selectCustomer: 'Select {{name}}',
  switching: 'Switching to {{name}}…',
  backToOwn: 'Back to {{name}}',
  backToOwnText: 'You are working in {{name}}.',
  backToOwnDone: 'You are working in {{name}} again.',
  unavailable:
    'You no longer act in {{name}}: it is no longer one of your customers. Select a customer to continue.',
  unavailableUnnamed:
    'You no longer act in that customer: it is no longer one of your customers. Select a customer to continue.',
  errors: {
    notFound: 'This customer is not available. The list has been updated.',
    forbidden: 'You are not allowed to select customers.',
  },
};

export type CustomersText = typeof en;

const de: CustomersText = {
  documentTitle: 'Kunden auswählen',
  heading: 'Kunden auswählen',
  intro:
    'Wählen Sie den Kundenmandanten, in dem Sie arbeiten möchten. Die zuletzt verwendeten Kunden stehen oben.',
  search: 'Kunden suchen',
  searchHint: 'Teil eines Kundennamens oder einer Mandanten-Domain',
  caption: 'Kunden',
  pages: 'Kundenseiten',
  empty: 'Keine Kunden gefunden.',
  loadError: 'Die Kunden konnten nicht geladen werden.',
  columns: {
    name: 'Kunde',
    domain: 'Mandanten-Domain',
    lastUsed: 'Zuletzt verwendet',
    action: 'Aktion',
  },
  notUsedYet: 'Noch nicht verwendet',
  current: 'Aktuell',
  select: 'Auswählen',
  selectCustomer: '{{name}} auswählen',
  switching: 'Wechsel zu {{name}} …',
  backToOwn: 'Wieder in {{name}} arbeiten',
  backToOwnText: 'Sie arbeiten in {{name}}.',
  backToOwnDone: 'Sie arbeiten wieder in {{name}}.',
  unavailable:
    'Sie handeln nicht mehr in {{name}}: Der Kunde gehört nicht mehr zu Ihren Kunden. Wählen Sie einen Kunden aus, um fortzufahren.',
  unavailableUnnamed:
    'Sie handeln nicht mehr in diesem Kunden: Er gehört nicht mehr zu Ihren Kunden. Wählen Sie einen Kunden aus, um fortzufahren.',
  errors: {
    notFound: 'Dieser Kunde ist nicht verfügbar. Die Liste wurde aktualisiert.',
    forbidden: 'Sie sind nicht berechtigt, Kunden auszuwählen.',
  },
};

const fr: CustomersText = {
  documentTitle: 'Sélectionner un client',
  heading: 'Sélectionner un client',
  intro:
    'Choisissez le locataire client dans lequel travailler. Les clients utilisés le plus récemment apparaissent en premier.',
  search: 'Rechercher des clients',
  searchHint: 'Partie d’un nom de client ou d’un domaine de locataire',
  caption: 'Clients',
  pages: 'Pages des clients',
  empty: 'Aucun client trouvé.',
  loadError: 'Les clients n’ont pas pu être chargés.',
  columns: {
    name: 'Client',
    domain: 'Domaine du locataire',
    lastUsed: 'Dernière utilisation',
    action: 'Action',
  },
  notUsedYet: 'Pas encore utilisé',
  current: 'Actuel',
  select: 'Sélectionner',
  selectCustomer: 'Sélectionner {{name}}',
  switching: 'Passage à {{name}}…',
  backToOwn: 'Revenir à {{name}}',
  backToOwnText: 'Vous travaillez dans {{name}}.',
  backToOwnDone: 'Vous travaillez de nouveau dans {{name}}.',
  unavailable:
    'Vous n’agissez plus dans {{name}} : ce client ne fait plus partie de vos clients. Sélectionnez un client pour continuer.',
  unavailableUnnamed:
    'Vous n’agissez plus dans ce client : il ne fait plus partie de vos clients. Sélectionnez un client pour continuer.',
  errors: {
    notFound: 'Ce client n’est pas disponible. La liste a été mise à jour.',
    forbidden: 'Vous n’êtes pas autorisé à sélectionner des clients.',
  },
};

export const customersText = { en, de, fr };
