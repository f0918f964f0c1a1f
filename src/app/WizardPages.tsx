import { Suspense, use, type ComponentProps } from 'react';
import type { ActorRefFrom } from 'xstate';
import { encodeAnswers } from '../features/share/codec';
import { SaveScenario } from '../features/scenarios/SaveScenario';
import type { wizardMachine } from '../features/wizard/machine';
import type { ResultPage as Result } from '../features/result/ResultPage';
import type { QuestionStep } from '../features/wizard/QuestionStep';
import { ReviewPage } from '../features/wizard/ReviewPage';
import type { WizardView } from '../features/wizard/selectors';
import { openScenarios } from './navigation';
import { questionCode, resultCode } from './pageCode';

/** A question, once its code is here (see pageCode.ts). */
function QuestionPage(props: ComponentProps<typeof QuestionStep>) {
  const { QuestionStep: Step } = use(questionCode());
  return <Step {...props} />;
}

/** The result, once its code is here (see pageCode.ts). */
function ResultPage(props: ComponentProps<typeof Result>) {
  const { ResultPage: Page } = use(resultCode());
  return <Page {...props} />;
}

/** The link that opens `search` on this page's own path, whatever the base path. */
function shareUrl(search: string): string {
  return `${window.location.origin}${window.location.pathname}?${search}`;
}

/** Props of {@link WizardPages}. */
interface WizardPagesProps {
  /** The page on screen, from `selectView`. */
  readonly view: Exclude<WizardView, { readonly kind: 'landing' }>;
  /** The wizard, which each page's actions are sent to. */
  readonly actorRef: ActorRefFrom<typeof wizardMachine>;
}

/** The interview's pages after the landing view: one question, "Check your answers", the result. */
export function WizardPages({ view, actorRef }: WizardPagesProps) {
  if (view.kind === 'question') {
    return (
      <Suspense fallback={<p className="page-loading">Loading the question…</p>}>
        <QuestionPage
          key={`${view.question}:${view.answer ?? ''}`}
          question={view.question}
          answer={view.answer}
          section={view.section}
          onSubmit={(answer) => actorRef.send({ type: 'answer.submit', ...answer })}
          onBack={() => actorRef.send({ type: 'step.back' })}
        />
      </Suspense>
    );
  }
  if (view.kind === 'review') {
    return (
      <ReviewPage
        answers={view.answers}
        path={view.path}
        changed={view.changed}
        onChange={(question) => actorRef.send({ type: 'answer.change', question })}
        onConfirm={() => actorRef.send({ type: 'review.confirm' })}
        onBack={() => actorRef.send({ type: 'step.back' })}
      />
    );
  }
  const { answers } = view;
  return (
    <Suspense fallback={<p className="page-loading">Loading the result…</p>}>
      <ResultPage
        answers={answers}
        shareUrl={shareUrl(encodeAnswers(answers))}
        changed={view.changed}
        onChangeAnswer={(question) => actorRef.send({ type: 'answer.change', question })}
        onStartOver={() => actorRef.send({ type: 'wizard.reset' })}
        extraActions={
          <SaveScenario
            answers={answers}
            onStartOver={() => actorRef.send({ type: 'wizard.reset' })}
            onOpenScenarios={openScenarios}
          />
        }
      />
    </Suspense>
  );
}
