/** Bolt's InstallationStore over the store's InstallationVault: one JSON record per workspace (or per org-wide install). */
import type { Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import type { InstallationVault } from '../../src/ports.js';

/** Org-wide (Enterprise Grid) installs are keyed by the enterprise, all others by the workspace, as bolt looks them up. */
export function installationKey(query: { readonly isEnterpriseInstall?: boolean; readonly enterpriseId?: string | undefined; readonly teamId?: string | undefined }): string {
  if (query.isEnterpriseInstall && query.enterpriseId) return `slack:enterprise:${query.enterpriseId}`;
  if (query.teamId) return `slack:team:${query.teamId}`;
  throw new Error('an installation query names neither a workspace nor an org-wide install');
}

export function createVaultInstallationStore(vault: InstallationVault): InstallationStore {
  return {
    async storeInstallation(installation) {
      const key = installationKey({
        isEnterpriseInstall: installation.isEnterpriseInstall === true,
        enterpriseId: installation.enterprise?.id,
        teamId: installation.team?.id,
      });
      await vault.save(key, JSON.stringify(installation));
    },
    async fetchInstallation(query: InstallationQuery<boolean>) {
      const json = await vault.find(installationKey(query));
      // Bolt expects a throw for "not installed": the event is then answered by nobody, as Slack intends.
      if (json === null) throw new Error(`Summit is not installed for ${installationKey(query)}`);
      return JSON.parse(json) as Installation<'v1' | 'v2', boolean>;
    },
    async deleteInstallation(query: InstallationQuery<boolean>) {
      await vault.remove(installationKey(query));
    },
  };
}

/** The bot token of a workspace's installation, for posts made outside any event (digests). */
export async function botTokenFor(store: InstallationStore, teamId: string | null): Promise<string> {
  if (!teamId) throw new Error('a digest channel without a workspace id cannot be posted to in OAuth mode');
  const installation = await store.fetchInstallation({ teamId, enterpriseId: undefined, isEnterpriseInstall: false });
  const token = installation.bot?.token;
  if (!token) throw new Error(`the installation for ${teamId} has no bot token`);
  return token;
}
