/** Who may run admin commands: members with Manage Server, or with one of ADMIN_ROLE_IDS. */
import { PermissionFlagsBits, type Interaction } from 'discord.js';

/** The role ids of the member behind an interaction, cached member or raw API member alike. */
function memberRoles(interaction: Interaction): string[] {
  const member = interaction.member;
  if (!member) return [];
  return Array.isArray(member.roles) ? member.roles : [...member.roles.cache.keys()];
}

export function isAdmin(interaction: Interaction, adminRoleIds: readonly string[]): boolean {
  if (!interaction.inGuild()) return false;
  if (interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) return true;
  return memberRoles(interaction).some((r) => adminRoleIds.includes(r));
}
