import { ErrorDisplay, formatInstant, useKitStrings } from '@accord/portal-kit';
import { useQuery } from '@apollo/client/react';
import { Fragment, useState } from 'react';
import { ReadOnlyNote } from '../common/read-only-note';
import { useIsAdmin } from '../common/use-is-admin';
import { strings } from '../strings';
import { describeCalendar } from './describe-calendar';
import { TeamCalendarEditor } from './team-calendar-editor';
import { TEAMS, USERS } from './teams.operations';
import { UserEditor } from './user-editor';

const labels = strings.teams;

/** Show teams with their calendars and users with their availability. Admins edit both in place. */
export function TeamsPage() {
  const kitStrings = useKitStrings();
  const isAdmin = useIsAdmin();
  const teams = useQuery(TEAMS);
  const users = useQuery(USERS);
  const [editingTeam, setEditingTeam] = useState<string | null>(null);
  const [editingUser, setEditingUser] = useState<string | null>(null);

  return (
    <>
      <div className="page-header">
        <div>
          <h1>{labels.heading}</h1>
          <p className="muted">{labels.intro}</p>
        </div>
      </div>
      <ReadOnlyNote subject="organisation" />

      <section aria-labelledby="teams-heading">
        <h2 id="teams-heading">{labels.teamsHeading}</h2>
        <ErrorDisplay error={teams.error} />
        {teams.data === undefined && teams.loading && <p className="muted">{kitStrings.loading}</p>}
        {teams.data !== undefined && (
          <div className="table-wrap">
            <table>
              <caption className="visually-hidden">{labels.teamsHeading}</caption>
              <thead>
                <tr>
                  <th scope="col">{labels.columns.team}</th>
                  <th scope="col">{labels.columns.manager}</th>
                  <th scope="col">{labels.columns.calendar}</th>
                  {isAdmin && <th scope="col">{labels.columns.actions}</th>}
                </tr>
              </thead>
              <tbody>
                {teams.data.teams.map((team) => (
                  <Fragment key={team.id}>
                    <tr>
                      <th scope="row">
                        {team.label} <span className="muted small mono">{team.key}</span>
                      </th>
                      <td>{team.manager?.name ?? strings.notSet}</td>
                      <td className="small">{team.calendar === null ? labels.noTeamCalendar : describeCalendar(team.calendar)}</td>
                      {isAdmin && (
                        <td>
                          <button
                            type="button"
                            className="button small"
                            aria-label={labels.editTeamCalendar(team.label)}
                            onClick={() => setEditingTeam(team.id)}
                          >
                            {labels.editCalendar}
                          </button>
                        </td>
                      )}
                    </tr>
                    {editingTeam === team.id && (
                      <tr className="editor-row">
                        <td colSpan={4}>
                          <TeamCalendarEditor team={team} onClose={() => setEditingTeam(null)} />
                        </td>
                      </tr>
                    )}
                  </Fragment>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section className="section" aria-labelledby="users-heading">
        <h2 id="users-heading">{labels.usersHeading}</h2>
        <ErrorDisplay error={users.error} />
        {users.data === undefined && users.loading && <p className="muted">{kitStrings.loading}</p>}
        {users.data !== undefined && (
          <div className="table-wrap">
            <table>
              <caption className="visually-hidden">{labels.usersHeading}</caption>
              <thead>
                <tr>
                  <th scope="col">{labels.columns.user}</th>
                  <th scope="col">{labels.columns.role}</th>
                  <th scope="col">{labels.columns.team}</th>
                  <th scope="col">{labels.columns.status}</th>
                  <th scope="col">{labels.columns.timeZone}</th>
                  <th scope="col">{labels.columns.calendar}</th>
                  {isAdmin && <th scope="col">{labels.columns.actions}</th>}
                </tr>
              </thead>
              <tbody>
                {users.data.users.map((user) => (
                  <Fragment key={user.id}>
                    <tr className={user.active ? undefined : 'retired'}>
                      <th scope="row">
                        {user.name}
                        <div className="muted small">{user.email}</div>
                      </th>
                      <td>{strings.roles[user.role]}</td>
                      <td>{user.team?.label ?? strings.notSet}</td>
                      <td>
                        <UserStatus active={user.active} outOfOfficeUntil={user.outOfOfficeUntil} />
                      </td>
                      <td className="small">{user.timeZone}</td>
                      <td className="small">{user.calendar === null ? labels.teamCalendar : describeCalendar(user.calendar)}</td>
                      {isAdmin && (
                        <td>
                          <button
                            type="button"
                            className="button small"
                            aria-label={labels.editUser(user.name)}
                            onClick={() => setEditingUser(user.id)}
                          >
                            {labels.edit}
                          </button>
                        </td>
                      )}
                    </tr>
                    {editingUser === user.id && (
                      <tr className="editor-row">
                        <td colSpan={7}>
                          <UserEditor user={user} onClose={() => setEditingUser(null)} />
                        </td>
                      </tr>
                    )}
                  </Fragment>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}

function UserStatus({ active, outOfOfficeUntil }: { active: boolean; outOfOfficeUntil: string | null }) {
  if (!active) return <span className="badge">{labels.inactive}</span>;
  if (outOfOfficeUntil !== null && Date.parse(outOfOfficeUntil) > Date.now()) {
    return <span className="badge warn">{labels.outOfOffice(formatInstant(outOfOfficeUntil))}</span>;
  }

  return <span className="badge ok">{labels.available}</span>;
}
