// Staff size as DENUE records it in Spanish ("101 a 250 personas", "251 y más personas"), said in
// the page's language; anything else is shown as recorded.
import type { TFunction } from 'i18next';

export function employeesLabel(recorded: string, t: TFunction): string {
  const range = /^(\d+) a (\d+) personas$/.exec(recorded.trim());
  if (range) return t('supplier.employeesRange', { from: range[1], to: range[2] });
  const more = /^(\d+) y más personas$/.exec(recorded.trim());
  return more ? t('supplier.employeesOrMore', { from: more[1] }) : recorded;
}
