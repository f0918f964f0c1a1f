import { screen, within } from '@testing-library/react';
import { LOCKED_DOWN_ON_AWS, OS_IDS, OUTCOMES, PASSAGES } from '../../rules';
import { AWS_LOCKED_DOWN, PI_HOMELAB, renderResult } from './render-result';

const panel = () => screen.getByRole('group', { name: 'What has become of the six since 2019' });

describe('the status-today fold', () => {
  it('gives every outcome its dated status and sources, the pick first, apart from the article', async () => {
    await renderResult(PI_HOMELAB);
    const today = panel();
    expect(await within(today).findByText('Not from the article.')).toBeInTheDocument();
    const headings = within(today).getAllByRole('heading', { level: 3, hidden: true });
    expect(headings[0]).toHaveTextContent('k3os (the article’s pick)');
    expect(within(today).getAllByText(/^As of November 2026\./)).toHaveLength(OS_IDS.length);
    for (const id of OS_IDS) {
      const { status } = OUTCOMES[id];
      expect(within(today).getByText(`${status.headline}.`)).toBeInTheDocument();
      for (const source of status.sources) {
        for (const link of within(today).getAllByRole('link', { name: source.label, hidden: true }))
          expect(link).toHaveAttribute('href', source.url);
      }
    }
    // The article's words never appear inside the panel.
    for (const passage of Object.values(PASSAGES))
      expect(within(today).queryByText(passage.text)).toBeNull();
  });

  it('names maintained alternatives for a discontinued pick', async () => {
    await renderResult(PI_HOMELAB);
    for (const alternative of OUTCOMES.k3os.status.alternatives)
      expect((await within(panel()).findAllByText(alternative.name)).length).toBeGreaterThan(0);
  });

  it('names Bottlerocket and Talos for a locked-down, API-managed node on AWS', async () => {
    await renderResult(AWS_LOCKED_DOWN);
    expect(
      await within(panel()).findByText('For a locked-down, API-managed node on AWS'),
    ).toBeInTheDocument();
    for (const alternative of LOCKED_DOWN_ON_AWS)
      expect(within(panel()).getAllByText(alternative.name).length).toBeGreaterThan(0);
  });

  it('leaves the AWS options out elsewhere', async () => {
    await renderResult(PI_HOMELAB);
    expect(await within(panel()).findByText('Not from the article.')).toBeInTheDocument();
    expect(within(panel()).queryByText('Bottlerocket')).toBeNull();
  });
});
