import { Navigate, useLocation } from 'react-router';
import { useAuth } from '../../auth/auth-context';

/** "/" opens the page the role uses most: matching for buyers and admins, else the directory. */
export function HomePage() {
  const { session } = useAuth();
  const { search } = useLocation();
  const to = session && (session.role === 'OEM_BUYER' || session.role === 'ADMIN') ? '/match' : '/suppliers';
  return <Navigate to={{ pathname: to, search }} replace />;
}
