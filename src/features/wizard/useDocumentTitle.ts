import { useEffect } from 'react';
import { APP_NAME } from './wording';

/** Sets the document title to `title – K8s OS Advisor`, prefixed "Error: " while `hasError`. */
export function useDocumentTitle(title: string, hasError = false): void {
  useEffect(() => {
    document.title = `${hasError ? 'Error: ' : ''}${title} – ${APP_NAME}`;
  }, [title, hasError]);
}
