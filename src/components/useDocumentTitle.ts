import { useEffect } from 'react';

/** The app's name, the suffix of every page title. */
const APP_NAME = 'K8s OS Advisor';

/** Sets the document title to `title – K8s OS Advisor`, prefixed "Error: " while `hasError`. */
export function useDocumentTitle(title: string, hasError = false): void {
  useEffect(() => {
    document.title = `${hasError ? 'Error: ' : ''}${title} – ${APP_NAME}`;
  }, [title, hasError]);
}
