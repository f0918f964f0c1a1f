import { render, screen } from '@testing-library/react';
import { Layout } from '../../src/app/Layout';

function Broken(): never {
  throw new RangeError('Invalid time value');
}

describe('a page that throws', () => {
  it('is replaced by a clear message with a way back, inside the page frame', () => {
    // React reports the caught error on the console; that is expected here.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <Layout search="">
        <Broken />
      </Layout>,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Something went wrong on this page');
    expect(alert).toHaveTextContent('Nothing saved in this browser is lost');
    expect(screen.getByRole('link', { name: 'Start again' })).toHaveAttribute('href', './');
    expect(screen.getByRole('link', { name: 'Saved scenarios' })).toBeInTheDocument();
  });
});
