import { useMemo } from 'react';
import { ScenariosView } from '../features/scenarios/ScenariosView';
import { SharedComparison } from '../features/scenarios/SharedComparison';
import { encodeAnswers } from '../features/share/codec';
import { compareUrl, decodeCompareLink } from '../features/share/compareLink';
import { ShareProblems } from '../features/share/ShareProblems';
import { navigate, openScenarios, openStart } from './navigation';
import { scenariosSearch, type Route } from './routes';

/** The routes outside the interview, which this module's pages show. */
type ScenarioRoute = Exclude<Route, { readonly page: 'interview' }>;

/**
 * The pages outside the interview: a comparison opened from a link, or the
 * saved scenarios. Loaded only when the URL asks for one of them.
 */
export default function ScenarioPages({ route }: { route: ScenarioRoute }) {
  if (route.page === 'compare') return <LinkedComparison search={route.search} />;
  return (
    <ScenariosView
      comparisonLink={(s) => compareUrl(s)}
      resultLink={(answers) => `?${encodeAnswers(answers)}`}
      compared={route.compared}
      // Each comparison is an entry of its own: a reload keeps it, Back returns to the one before.
      onCompare={(ids) => navigate(scenariosSearch(ids))}
      onStartOver={openStart}
    />
  );
}

/** A comparison opened from a link, decoded once per address. */
function LinkedComparison({ search }: { search: string }) {
  const { scenarios, problems } = useMemo(() => decodeCompareLink(search), [search]);
  return (
    <SharedComparison
      scenarios={scenarios}
      problems={<ShareProblems problems={problems} />}
      shareUrl={compareUrl(scenarios)}
      onOpenScenarios={openScenarios}
      onStartOver={openStart}
    />
  );
}
