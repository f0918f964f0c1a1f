import { useSelector } from '@xstate/react';
import { lazy, Suspense, useEffect } from 'react';
import type { ActorRefFrom } from 'xstate';
import { encodeAnswers } from '../features/share/codec';
import { SaveScenario } from '../features/scenarios/SaveScenario';
import type { wizardMachine } from '../features/wizard/machine';
import { QuestionStep } from '../features/wizard/QuestionStep';
import { ReviewPage } from '../features/wizard/ReviewPage';
import { selectAnsweredPath, selectQuestion } from '../features/wizard/selectors';
import { openScenarios } from './navigation';

// The result carries both lenses' rules and today's facts: loaded on demand, so the landing and
// the questions do not wait for it, and fetched while the person answers, so it is there in time.
const loadResultPage = () => import('../features/result/ResultPage');
const ResultPage = lazy(() => loadResultPage().then((m) => ({ default: m.ResultPage })));

/** The link that opens `search` on this page's own path, whatever the base path. */
function shareUrl(search: string): string {
  return `${window.location.origin}${window.location.pathname}?${search}`;
}

/** The interview's pages after the landing view: one question, "Check your answers", the result. */
export function WizardPages({ actorRef }: { actorRef: ActorRefFrom<typeof wizardMachine> }) {
  const snapshot = useSelector(actorRef, (s) => s);
  const step = selectQuestion(snapshot);
  const { answers } = snapshot.context;
  useEffect(() => {
    void loadResultPage();
  }, []);

  if (step) {
    return (
      <QuestionStep
        key={`${step.question}:${step.answer ?? ''}`}
        {...step}
        onSubmit={(answer) => actorRef.send({ type: 'answer.submit', ...answer })}
        onBack={() => actorRef.send({ type: 'step.back' })}
      />
    );
  }
  if (snapshot.matches('review')) {
    return (
      <ReviewPage
        answers={answers}
        path={selectAnsweredPath(snapshot)}
        changed={snapshot.context.changed}
        onChange={(question) => actorRef.send({ type: 'answer.change', question })}
        onConfirm={() => actorRef.send({ type: 'review.confirm' })}
        onBack={() => actorRef.send({ type: 'step.back' })}
      />
    );
  }
  return (
    <Suspense fallback={<p className="page-loading">Loading the result…</p>}>
      <ResultPage
        answers={answers}
        shareUrl={shareUrl(encodeAnswers(answers))}
        changed={snapshot.context.changed}
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
