import { useState, type KeyboardEvent } from 'react';
import { useFlashNotice } from '../notice/flash-notice';
import { TEAM_PATH } from '../routing/app-paths';
import { strings } from '../strings';
import { ReassignDialog, type ReassignTarget } from './reassign-dialog';
import { TeamBreachesTab } from './team-breaches-tab';
import { TeamLeadsTab } from './team-leads-tab';

type TeamTab = 'leads' | 'breaches';

const TABS: readonly TeamTab[] = ['leads', 'breaches'];
const TAB_PARAMETER = 'tab';

/**
 * Show a manager the team's leads and, on a second tab, its breaches, each with a Reassign action.
 * The tab lives in the query string, so a lead opened from the breaches links back to them.
 */
export function TeamPage() {
  const flash = useFlashNotice();
  const [tab, setTab] = useState<TeamTab>(() => readTab(window.location.search));
  const [reassigning, setReassigning] = useState<ReassignTarget | null>(null);

  const selectTab = (next: TeamTab) => {
    setTab(next);
    window.history.replaceState(window.history.state, '', tabPath(next));
  };

  const moveBetweenTabs = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;

    event.preventDefault();
    const next = TABS[(TABS.indexOf(tab) + (event.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length] ?? 'leads';
    selectTab(next);
    document.getElementById(tabId(next))?.focus();
  };

  return (
    <>
      <div className="page-header">
        <div>
          <h1>{strings.team.heading}</h1>
          <p className="muted">{strings.team.intro}</p>
        </div>
      </div>

      <div role="tablist" aria-label={strings.team.tabsLabel} className="tabs" onKeyDown={moveBetweenTabs}>
        {TABS.map((name) => (
          <button
            key={name}
            id={tabId(name)}
            type="button"
            role="tab"
            className="tab"
            aria-selected={tab === name}
            aria-controls={`team-panel-${name}`}
            tabIndex={tab === name ? 0 : -1}
            onClick={() => selectTab(name)}
          >
            {strings.team.tabs[name]}
          </button>
        ))}
      </div>

      <div role="tabpanel" id={`team-panel-${tab}`} aria-labelledby={tabId(tab)}>
        {tab === 'leads' ? (
          <TeamLeadsTab onReassign={setReassigning} />
        ) : (
          <TeamBreachesTab returnPath={tabPath('breaches')} onReassign={setReassigning} />
        )}
      </div>

      <ReassignDialog
        lead={reassigning}
        onClose={() => setReassigning(null)}
        onReassigned={(leadName, ownerName) => {
          setReassigning(null);
          flash.show(strings.reassign.done(leadName, ownerName), TEAM_PATH);
        }}
      />
    </>
  );
}

function readTab(search: string): TeamTab {
  return new URLSearchParams(search).get(TAB_PARAMETER) === 'breaches' ? 'breaches' : 'leads';
}

function tabPath(tab: TeamTab): string {
  return tab === 'leads' ? TEAM_PATH : `${TEAM_PATH}?${TAB_PARAMETER}=${tab}`;
}

function tabId(tab: TeamTab): string {
  return `team-tab-${tab}`;
}
