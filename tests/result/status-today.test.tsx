import { screen, within } from '@testing-library/react';
import { LOCKED_DOWN_ON_AWS, OS_IDS, OUTCOMES, PASSAGES } from '../../rules';
import { AWS_LOCKED_DOWN, PI_HOMELAB, renderResult } from './render-result';

const panel = () => screen.getByRole('region', { name: /^Status today/ });

describe('the status-today panel', () => {
  it('gives every outcome its dated status and sources, top pick first, apart from the article', () => {
    renderResult(PI_HOMELAB);
    const today = panel();
    expect(today).toHaveClass('today');
    expect(today).toHaveTextContent('Not from the article.');
    const headings = within(today).getAllByRole('heading', { level: 3 });
    expect(headings[0]).toHaveTextContent('k3os (your top pick)');
    expect(within(today).getAllByText(/^As of November 2026\./)).toHaveLength(OS_IDS.length);
    for (const id of OS_IDS) {
      const { status } = OUTCOMES[id];
      expect(within(today).getByText(`${status.headline}.`)).toBeInTheDocument();
      for (const source of status.sources) {
        for (const link of within(today).getAllByRole('link', { name: source.label })) {
          expect(link).toHaveAttribute('href', source.url);
        }
      }
    }
    // The article's words never appear inside the panel.
    for (const passage of Object.values(PASSAGES)) {
      expect(within(today).queryByText(passage.text)).toBeNull();
    }
  });

  it('names maintained alternatives for a discontinued pick', () => {
    renderResult(PI_HOMELAB);
    const today = panel();
    for (const alternative of OUTCOMES.k3os.status.alternatives) {
      expect(within(today).getAllByText(alternative.name).length).toBeGreaterThan(0);
    }
  });

  it('names Bottlerocket and Talos for a locked-down, API-managed node on AWS', () => {
    renderResult(AWS_LOCKED_DOWN);
    const section = within(panel()).getByRole('heading', {
      name: 'For a locked-down, API-managed node on AWS',
    });
    expect(section).toBeInTheDocument();
    for (const alternative of LOCKED_DOWN_ON_AWS) {
      expect(within(panel()).getAllByText(alternative.name).length).toBeGreaterThan(0);
    }
  });

  it('leaves the AWS options out elsewhere', () => {
    renderResult(PI_HOMELAB);
    expect(within(panel()).queryByText('Bottlerocket')).toBeNull();
  });
});
