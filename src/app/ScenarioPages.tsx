import { ScenariosView } from '../features/scenarios/ScenariosView';
import { SharedComparison } from '../features/scenarios/SharedComparison';
import { compareUrl, decodeCompareLink, isCompareLink } from '../features/share/compareLink';
import { ShareProblems } from '../features/share/ShareProblems';
import { openScenarios, openStart } from './navigation';

/**
 * The pages outside the interview: a comparison opened from a link, or the
 * saved scenarios. Loaded only when the URL asks for one of them.
 */
export default function ScenarioPages({ search }: { search: string }) {
  if (isCompareLink(search)) {
    const { scenarios, problems } = decodeCompareLink(search);
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
  return <ScenariosView comparisonLink={(s) => compareUrl(s)} onStartOver={openStart} />;
}
