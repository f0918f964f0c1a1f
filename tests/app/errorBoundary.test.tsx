import { render, screen } from '@testing-library/react';
import { Layout } from '../../src/app/Layout';

function Page({ broken }: { broken: boolean }) {
  if (broken) throw new RangeError('Invalid time value');
  return <h1>Saved scenarios</h1>;
}

describe('the error boundary, as the app moves between pages without a reload', () => {
  it('lets the next page render after one failed', () => {
    // React reports the caught error on the console; that is expected here.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { rerender } = render(
      <Layout search="?v=1&platform=aws">
        <Page broken />
      </Layout>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('loses any scenario kept only in this tab');
    rerender(
      <Layout search="?view=scenarios">
        <Page broken={false} />
      </Layout>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Saved scenarios' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
