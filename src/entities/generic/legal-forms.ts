// Company legal-form designators as Latin-script news writes them after a name ("Orbis Holdings Ltd", "Vantor plc").
// Source: the abbreviations of the ISO 20275 Entity Legal Forms code list for the English-, German-, French-, Dutch-,
// Nordic- and Asian-market forms that English-language news prints most.
// prettier-ignore
const LEGAL_FORMS = new Set([
  'inc', 'corp', 'ltd', 'llc', 'plc', 'llp', 'ag', 'gmbh', 'kgaa', 'se', 'sa', 'nv', 'bv', 'spa', 'srl', 'ab', 'asa',
  'oyj', 'pte', 'bhd', 'pjsc', 'ojsc', 'pty', 'kk',
]);

/** Whether a word is a company's legal form ("Inc.", "plc", "AG"), with or without its full stops. */
export function isLegalForm(word: string): boolean {
  return LEGAL_FORMS.has(word.toLowerCase().replace(/\./g, ''));
}
