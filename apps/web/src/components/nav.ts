import type { Role } from '../generated/graphql';

export interface NavItem {
  to: string;
  /** Message key of the link text. */
  label: string;
  /** Who sees the link: everyone (the API's public reads), or these roles. */
  roles: 'everyone' | Role[];
}

/** The pages in the main navigation, and who may use them (the API enforces the same rules). */
export const NAV_ITEMS: NavItem[] = [
  { to: '/suppliers', label: 'nav.suppliers', roles: 'everyone' },
  { to: '/match', label: 'nav.match', roles: 'everyone' },
  { to: '/gaps', label: 'nav.gaps', roles: 'everyone' },
  { to: '/requests', label: 'nav.requests', roles: ['ADMIN', 'OEM_BUYER', 'INVESTMENT_ANALYST'] },
  { to: '/profile', label: 'nav.profile', roles: ['SUPPLIER'] },
  { to: '/admin', label: 'nav.admin', roles: ['ADMIN'] },
  { to: '/settings', label: 'nav.settings', roles: ['ADMIN', 'OEM_BUYER', 'INVESTMENT_ANALYST', 'SUPPLIER'] },
];

export function navFor(role: Role | null): NavItem[] {
  return NAV_ITEMS.filter((item) => item.roles === 'everyone' || (role !== null && item.roles.includes(role)));
}
