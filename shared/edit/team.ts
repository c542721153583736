import type { AccountData, TeamMember } from '../model';
import type { Edit } from './edit';
import { patchEdit } from './patch';

export type TeamMemberPatch = Partial<Omit<TeamMember, 'id' | 'accountId'>>;

export function addTeamMember(_data: AccountData, member: TeamMember): Edit {
  return {
    forward: [{ op: 'put', entity: 'team', value: member }],
    inverse: [{ op: 'delete', entity: 'team', id: member.id }],
  };
}

export function updateTeamMember(data: AccountData, memberId: string, patch: TeamMemberPatch): Edit {
  return patchEdit('team', data.team.find((member) => member.id === memberId), patch);
}
