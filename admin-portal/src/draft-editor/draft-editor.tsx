import { Link, useNavigationGuard } from '@accord/portal-kit';
import { useMemo, type ComponentType } from 'react';
import { useCanEditGovernance } from '../common/use-is-admin';
import { strings } from '../strings';
import type { UserRow } from '../teams/teams.operations';
import type { GovernanceVersionDocument } from '../versions/governance-versions.operations';
import { CalendarsSection } from './calendars/calendars-section';
import { DraftEditorHeader } from './draft-editor-header';
import { DraftEditorProvider, type DraftEditorValue } from './draft-editor-context';
import { EDITOR_SECTIONS, editorPath, sectionLabel, sectionOfPath, type EditorSection } from './editor-sections';
import { MotionsSection } from './motions/motions-section';
import { ProblemsSummary } from './problems-summary';
import type { ReasonCodeUsage } from './reason-code-usage.operations';
import { ReasonCodesSection } from './reason-codes/reason-codes-section';
import { PoolsSection } from './routing/pools-section';
import { RulesSection } from './routing/rules-section';
import { ScoringSection } from './scoring/scoring-section';
import { SlaSection } from './sla/sla-section';
import { StagesSection } from './stages/stages-section';
import { useModelProblems } from './use-model-problems';
import { useSaveDraft } from './use-save-draft';
import { useWorkingCopy } from './use-working-copy';

const SECTION_COMPONENTS: Record<EditorSection, ComponentType> = {
  stages: StagesSection,
  sla: SlaSection,
  'reason-codes': ReasonCodesSection,
  motions: MotionsSection,
  pools: PoolsSection,
  rules: RulesSection,
  scoring: ScoringSection,
  calendars: CalendarsSection,
};

export interface DraftEditorProps {
  document: GovernanceVersionDocument;
  section: EditorSection;
  users: readonly UserRow[];
  reasonCodeUsage: readonly ReasonCodeUsage[];
}

/**
 * Edit a draft's working copy section by section. Admins edit drafts. Managers, and anyone who opens
 * a version in review, published or retired, see the same forms with every control disabled.
 */
export function DraftEditor({ document, section, users, reasonCodeUsage }: DraftEditorProps) {
  const canEdit = useCanEditGovernance();
  const { version } = document;
  const editable = canEdit && document.status === 'DRAFT';
  const copy = useWorkingCopy(version, document.model, editable);
  const { problems, checking } = useModelProblems(copy.model, document.problems, editable);
  const { save, loading: saving } = useSaveDraft(version);

  useNavigationGuard({
    when: editable && copy.dirty,
    message: strings.editor.leaveWarning(version),
    allows: (nextPath) => nextPath.startsWith(`/governance/versions/${version}/`),
  });

  const editor = useMemo<DraftEditorValue>(
    () => ({ model: copy.model, update: copy.update, readOnly: !editable, problems, users, reasonCodeUsage }),
    [copy.model, copy.update, editable, problems, users, reasonCodeUsage],
  );

  const saveDraft = async () => {
    const saved = await save(copy.model);
    if (saved !== null) copy.reset(saved);
  };

  const Section = SECTION_COMPONENTS[section];

  return (
    <DraftEditorProvider value={editor}>
      <DraftEditorHeader
        document={document}
        editable={editable}
        dirty={copy.dirty}
        restored={copy.restored}
        savedElsewhere={copy.savedElsewhere}
        saving={saving}
        onSave={() => void saveDraft()}
        onDiscard={() => copy.reset(document.model)}
      />

      <ProblemsSummary version={version} checking={checking} />

      <nav className="section-tabs" aria-label={strings.editor.sectionsLabel(version)}>
        <ul>
          {EDITOR_SECTIONS.map((candidate) => {
            const count = problems.filter((problem) => sectionOfPath(problem.path) === candidate).length;

            return (
              <li key={candidate}>
                <Link to={editorPath(version, candidate)} className="section-tab" aria-current={candidate === section ? 'page' : undefined}>
                  {sectionLabel(candidate)}
                  {count > 0 && (
                    <>
                      <span className="badge bad tab-count" aria-hidden="true">
                        {count}
                      </span>
                      <span className="visually-hidden">{strings.editor.problems.countLabel(count)}</span>
                    </>
                  )}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>

      <fieldset className="editor-body" disabled={!editable}>
        <legend className="visually-hidden">{sectionLabel(section)}</legend>
        <Section />
      </fieldset>
    </DraftEditorProvider>
  );
}
