import { useEffect } from 'react';

/** Sets the document title ("<page> · Enlace"). */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · Enlace` : 'Enlace';
  }, [title]);
}
