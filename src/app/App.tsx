import { Landing } from '../features/landing/Landing';
import { Layout } from './Layout';

/** The app shell: composes the features into one page. */
export function App() {
  return (
    <Layout>
      <Landing />
    </Layout>
  );
}
