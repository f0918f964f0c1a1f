import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { vi } from 'vitest';
import type { Answers } from '../../rules';
import { encodeAnswers } from '../../src/features/share/codec';
import { ResultPage } from '../../src/features/result/ResultPage';

/** A Raspberry Pi homelab: k3os, with the article's two-answer conflict. */
export const PI_HOMELAB = {
  platform: 'raspberry-pi',
  workload: 'experiments',
  rancher: 'no',
  kubernetes: 'lightweight',
  priority: 'footprint',
  image: 'distribution',
} as const satisfies Answers;

/** Production on AWS, API only, young project welcome: Talos, plus the AWS locked-down options. */
export const AWS_LOCKED_DOWN = {
  platform: 'aws',
  workload: 'production',
  rancher: 'no',
  maturity: 'early',
  access: 'api',
  priority: 'security',
  image: 'distribution',
} as const satisfies Answers;

/** A Raspberry Pi in production where Rancher is already used: RancherOS, three reasons from one passage. */
export const PI_WITH_RANCHER = {
  platform: 'raspberry-pi',
  workload: 'production',
  rancher: 'yes',
  maturity: 'proven',
  access: 'ssh',
  priority: 'upgrades',
  image: 'distribution',
} as const satisfies Answers;

/** Renders the result page for `answers` with spy callbacks. */
export function renderResult(answers: Answers, extraActions?: ReactNode) {
  const onChangeAnswer = vi.fn();
  const onStartOver = vi.fn();
  const shareUrl = `https://advisor.example/?${encodeAnswers(answers)}`;
  const view = render(
    <ResultPage
      answers={answers}
      shareUrl={shareUrl}
      onChangeAnswer={onChangeAnswer}
      onStartOver={onStartOver}
      extraActions={extraActions}
    />,
  );
  return { ...view, onChangeAnswer, onStartOver, shareUrl };
}
