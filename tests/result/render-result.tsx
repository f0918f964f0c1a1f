import { render, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { vi } from 'vitest';
import type { Answers, QuestionId } from '../../rules';
import { encodeAnswers } from '../../src/features/share/codec';
import { ResultPage } from '../../src/features/result/ResultPage';

export { AWS_LOCKED_DOWN, PI_HOMELAB, PI_WITH_RANCHER } from '../fixtures/answers';

/**
 * Renders the result page for `answers` with spy callbacks, and waits for the
 * rest of the page, which follows its first screen.
 */
export async function renderResult(
  answers: Answers,
  extraActions?: ReactNode,
  changed: QuestionId | null = null,
) {
  const onChangeAnswer = vi.fn();
  const onStartOver = vi.fn();
  const shareUrl = `https://advisor.example/?${encodeAnswers(answers)}`;
  const view = render(
    <ResultPage
      answers={answers}
      shareUrl={shareUrl}
      changed={changed}
      onChangeAnswer={onChangeAnswer}
      onStartOver={onStartOver}
      extraActions={extraActions}
    />,
  );
  await waitFor(() => expect(screen.getByRole('article')).toHaveAttribute('aria-busy', 'false'));
  return { ...view, onChangeAnswer, onStartOver, shareUrl };
}
