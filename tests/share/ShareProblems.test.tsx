import { render, screen, within } from '@testing-library/react';
import { decodeAnswers } from '../../src/features/share/codec';
import { ShareProblems } from '../../src/features/share/ShareProblems';

describe('ShareProblems', () => {
  it('renders nothing for a good link', () => {
    const { container } = render(<ShareProblems problems={[]} />);
    expect(container).toBeEmptyDOMElement();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('lists each problem in an alert with a heading', () => {
    const { problems } = decodeAnswers('?v=1&platform=mars&colour=blue');
    render(<ShareProblems problems={problems} />);
    const alert = screen.getByRole('alert');
    expect(
      within(alert).getByRole('heading', { name: 'There were 2 problems with this link' }),
    ).toBeInTheDocument();
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(problems.map((p) => p.message));
    // What to do next, once, below the list.
    expect(alert).toHaveTextContent(
      'If it is not what you expected, ask whoever sent the link for a new one.',
    );
  });

  it('shows text from the link as text, never as HTML', () => {
    const { problems } = decodeAnswers(
      `?v=1&platform=${encodeURIComponent('<img src=x onerror=alert(1)>')}`,
    );
    render(<ShareProblems problems={problems} />);
    const alert = screen.getByRole('alert');
    expect(
      within(alert).getByRole('heading', { name: 'There was a problem with this link' }),
    ).toBeInTheDocument();
    expect(alert).toHaveTextContent(
      'The link’s answer to “Where will your Kubernetes nodes run?”, "<img src=x onerror=alert(1)>", is not one of its options',
    );
    expect(within(alert).queryByRole('img')).toBeNull();
  });

  it('lists the first eight problems of a hostile link and counts the rest', () => {
    const query = Array.from({ length: 20 }, (_, i) => `key${i}=x`).join('&');
    const { problems } = decodeAnswers(`?v=1&${query}`);
    render(<ShareProblems problems={problems} />);
    const alert = screen.getByRole('alert');
    expect(within(alert).getAllByRole('listitem')).toHaveLength(8);
    expect(alert).toHaveTextContent('…and 12 more problems like these.');
  });
});
