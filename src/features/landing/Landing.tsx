import { ARTICLE } from '../../../rules';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { OptionsAtAGlance } from './OptionsAtAGlance';

/** The first view: what the tool does, where its reasoning comes from, and the six options. */
export function Landing({ onStart }: { onStart?: () => void }) {
  useDocumentTitle('Choose an OS for your Kubernetes nodes');

  return (
    <>
      <h1 tabIndex={-1}>Which operating system should your Kubernetes nodes run?</h1>
      <p className="lead">
        Answer a few questions about where your clusters run and what you value. You get a
        recommendation, the other options ranked, and every step of the reasoning in the words of
        the article it comes from.
      </p>
      <p>
        The reasoning follows “<a href={ARTICLE.url}>{ARTICLE.title}</a>”, published by{' '}
        {ARTICLE.publisher} in {ARTICLE.year}. Much has changed since, so every result also shows a
        dated <strong>status today</strong> with sources, kept apart from the article’s words.
      </p>
      {onStart && (
        <div className="button-row">
          <button type="button" className="button" onClick={onStart}>
            Start now
          </button>
        </div>
      )}
      <OptionsAtAGlance />
    </>
  );
}
