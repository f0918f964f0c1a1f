import { screen, waitFor } from '@testing-library/react';
import { encodeAnswers } from '../../src/features/share/codec';
import {
  answer,
  answerWith,
  changeButton,
  findHeading,
  heading,
  openApp,
  reviewRows,
} from './render-app';

const start = async (user: ReturnType<typeof openApp>) =>
  user.click(screen.getByRole('button', { name: 'Start now' }));

describe('the interview, by hand', () => {
  it('asks the production-on-AWS branch, then lists every answer to check', async () => {
    const user = openApp();
    await start(user);
    expect(heading()).toHaveFocus();
    expect(screen.getByText('Part 1 of 3: Your nodes')).toBeVisible();
    expect(document.title).toBe(
      'Where will your Kubernetes nodes run? (Part 1 of 3: Your nodes) – K8s OS Advisor',
    );
    await answerWith(user, 'platform', 'aws');
    expect(screen.getByText('Part 1 of 3: Your nodes')).toBeVisible();
    await answerWith(user, 'workload', 'production');
    // Production on AWS never asks `kubernetes`: a count of questions would shrink here, parts do not.
    expect(screen.getByText('Part 2 of 3: Your setup')).toBeVisible();
    await answerWith(user, 'rancher', 'no');
    expect(screen.getByRole('progressbar', { name: 'Part 2 of 3: Your setup' })).toHaveAttribute(
      'max',
      '3',
    );
    await answerWith(user, 'maturity', 'early');
    await answerWith(user, 'access', 'api');
    await answerWith(user, 'priority', 'security');
    await answerWith(user, 'image', 'distribution');

    expect(heading()).toHaveTextContent('Check your answers');
    expect(heading()).toHaveFocus();
    expect(reviewRows()).toEqual([
      ['Platform', 'AWS'],
      ['Workload', 'Production applications'],
      ['Rancher', 'No'],
      ['Maturity', 'Happy to adopt a young, fast-moving project'],
      ['Node access', 'API only: no SSH, no shell'],
      ['Priority', 'Minimal, locked-down hosts'],
      ['OS images', 'Use a maintained distribution'],
    ]);
    expect(changeButton('platform')).toHaveTextContent('Change where your nodes run');
  });

  it('changing platform from aws to ci drops workload, maturity and access, asks kubernetes, keeps the rest', async () => {
    const user = openApp();
    await start(user);
    for (const [id, value] of [
      ['platform', 'aws'],
      ['workload', 'production'],
      ['rancher', 'no'],
      ['maturity', 'proven'],
      ['access', 'ssh'],
      ['priority', 'upgrades'],
      ['image', 'distribution'],
    ] as const) {
      await answerWith(user, id, value);
    }
    expect(heading()).toHaveTextContent('Check your answers');
    await user.click(changeButton('platform'));
    expect(heading()).toHaveTextContent('Where will your Kubernetes nodes run?');
    expect(screen.getByRole('radio', { name: 'AWS' })).toBeChecked();
    await answer(user, 'Inside CI pipelines');

    // rancher = no, so on CI the kubernetes question now applies and is asked next.
    expect(heading()).toHaveTextContent('How much Kubernetes do you need?');
    expect(screen.getByText('Part 2 of 3: Your setup')).toBeVisible();
    await answer(user, 'A small single-binary Kubernetes is enough');

    expect(heading()).toHaveTextContent('Check your answers');
    expect(reviewRows()).toEqual([
      ['Platform', 'Inside CI pipelines'],
      ['Rancher', 'No'],
      ['Kubernetes', 'A small single-binary Kubernetes is enough'],
      ['Priority', 'Keeping Kubernetes upgraded'],
      ['OS images', 'Use a maintained distribution'],
    ]);
    expect(window.location.search).toBe(
      '?' +
        encodeAnswers({
          platform: 'ci',
          rancher: 'no',
          kubernetes: 'lightweight',
          priority: 'upgrades',
          image: 'distribution',
        }),
    );
  });

  it('changes an answer from the result: Back returns to the result, Continue to the new result', async () => {
    window.history.replaceState(
      null,
      '',
      '/?v=1&platform=ci&rancher=no&kubernetes=lightweight&priority=footprint&image=distribution',
    );
    const user = openApp();
    expect(await findHeading()).toHaveTextContent('k3os');
    const change = () =>
      screen.getByRole('button', {
        name: 'Change your answer to “Do you already use Rancher or RKE?”',
      });
    await user.click(change());
    expect(heading()).toHaveTextContent('Do you already use Rancher or RKE?');
    expect(screen.getByRole('radio', { name: 'No' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(heading()).toHaveTextContent('k3os');
    // Back where the person was: on the Change button they used, not the top of the result.
    expect(change()).toHaveFocus();

    await user.click(change());
    await answer(user, 'Yes');
    // Rancher on CI no longer asks about Kubernetes: straight back to the result, recomputed.
    expect(heading()).toHaveTextContent('RancherOS');
    expect(window.location.search).toBe(
      '?' +
        encodeAnswers({
          platform: 'ci',
          rancher: 'yes',
          priority: 'footprint',
          image: 'distribution',
        }),
    );
  });

  it('on Back from a Change, focus returns to the Change button that was used, not the top', async () => {
    window.history.replaceState(null, '', '/?v=1&platform=ci&rancher=no&kubernetes=lightweight');
    const user = openApp();
    await answerWith(user, 'priority', 'footprint');
    await answerWith(user, 'image', 'distribution');
    expect(heading()).toHaveTextContent('Check your answers');
    await user.click(changeButton('priority'));
    expect(heading()).toHaveTextContent('What matters most to you?');
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(heading()).toHaveTextContent('Check your answers');
    expect(changeButton('priority')).toHaveFocus();

    // Answering the change returns there too; going on to the result starts at its heading.
    await user.click(changeButton('kubernetes'));
    await answer(user, 'Full upstream Kubernetes');
    expect(changeButton('kubernetes')).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'See the recommendation' }));
    expect(heading()).toHaveFocus();
  });

  it('"Start over" on the result forgets the answers and opens the first question', async () => {
    window.history.replaceState(
      null,
      '',
      '/?v=1&platform=ci&rancher=no&kubernetes=lightweight&priority=footprint&image=distribution',
    );
    const user = openApp();
    expect(await findHeading()).toHaveTextContent('k3os');
    await user.click(screen.getByText('More actions'));
    await user.click(screen.getByRole('button', { name: 'Start over' }));
    expect(heading()).toHaveTextContent('Where will your Kubernetes nodes run?');
    expect(heading()).toHaveFocus();
    expect(screen.getByText('Part 1 of 3: Your nodes')).toBeVisible();
    for (const radio of screen.getAllByRole('radio')) expect(radio).not.toBeChecked();
    expect(window.location.search).toBe('?v=1');
  });

  it('goes back without losing answers, and forward again through them', async () => {
    const user = openApp();
    await start(user);
    await answerWith(user, 'platform', 'raspberry-pi');
    await answerWith(user, 'workload', 'experiments');
    await answerWith(user, 'rancher', 'no');
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(heading()).toHaveTextContent('Do you already use Rancher or RKE?');
    expect(heading()).toHaveFocus();
    expect(screen.getByRole('radio', { name: 'No' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('radio', { name: 'Experiments, a homelab or learning' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('radio', { name: 'No' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(heading()).toHaveTextContent('How much Kubernetes do you need?');
  });

  it('explains an empty answer the GOV.UK way: summary, field message, title', async () => {
    const user = openApp();
    await start(user);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    // react-hook-form validates asynchronously: wait for the summary to take focus.
    const summary = await screen.findByRole('alert');
    await waitFor(() => expect(summary).toHaveFocus());
    expect(summary).toHaveTextContent('There is a problem');
    expect(document.title).toMatch(/^Error: Where will your Kubernetes nodes run\? \(Part 1 of 3/);
    const group = screen.getByRole('group', { name: 'Where will your Kubernetes nodes run?' });
    expect(group).toHaveAccessibleDescription(
      expect.stringContaining('Error: Select where your Kubernetes nodes will run'),
    );
    await user.click(
      screen.getByRole('link', { name: 'Select where your Kubernetes nodes will run' }),
    );
    expect(
      screen.getByRole('radio', { name: 'Raspberry Pi or another small ARM board' }),
    ).toHaveFocus();
    await answer(user, 'AWS');
    expect(heading()).toHaveTextContent('What will the cluster run?');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('opens a complete link straight at the result, with no problems shown', () => {
    window.history.replaceState(
      null,
      '',
      '/?v=1&platform=ci&rancher=no&kubernetes=lightweight&priority=footprint&image=distribution',
    );
    openApp();
    expect(heading()).toHaveTextContent('k3os');
    expect(screen.queryByText(/problem with this link/i)).not.toBeInTheDocument();
  });

  it('opens a partly answered link at the first unanswered question', () => {
    window.history.replaceState(null, '', '/?v=1&platform=edge&workload=production');
    openApp();
    expect(heading()).toHaveTextContent('Do you already use Rancher or RKE?');
    expect(screen.getByText('Part 2 of 3: Your setup')).toBeVisible();
  });

  it('shows what was wrong with an opened link and keeps its valid answers', () => {
    window.history.replaceState(null, '', '/?v=1&platform=mars&workload=production&colour=blue');
    openApp();
    expect(screen.getByRole('alert')).toHaveTextContent(/problem/i);
    expect(screen.getByRole('alert')).toHaveFocus();
    expect(heading()).toHaveTextContent('Where will your Kubernetes nodes run?');
  });

  it('reads the problems with a link before the result it still opens', async () => {
    window.history.replaceState(
      null,
      '',
      '/?v=1&platform=ci&rancher=no&kubernetes=lightweight&priority=footprint&image=distribution&colour=blue',
    );
    const user = openApp();
    expect(heading()).toHaveTextContent('k3os');
    expect(screen.getByRole('alert')).toHaveFocus();
    // Moving on clears the problems, and focus follows the page as usual.
    // The answers follow the result's first screen.
    await user.click(
      await screen.findByRole('button', {
        name: 'Change your answer to “Do you already use Rancher or RKE?”',
      }),
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(heading()).toHaveTextContent('Do you already use Rancher or RKE?');
    expect(heading()).toHaveFocus();
  });
});
