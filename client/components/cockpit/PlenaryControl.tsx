// SPDX-License-Identifier: EUPL-1.2
/**
 * The plenary part (cockpit): "Terug naar plenair" (participants' screens follow to the plenary
 * view) and "Naar de groepen", what the big screen shows (the three horizons or the vision), its
 * read-only link to copy, and the way to the merge view.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Fieldset, FieldsetLegend, FormLabel, Heading, Paragraph, RadioButton } from '@utrecht/component-library-react';
import type { LiveState } from '../../../shared/liveDoc.js';
import { apiErrorText } from '../../i18n/apiErrorText.js';
import { mergePath, plenaryPath } from '../../routes/routePaths.js';
import { makeScreenLink, renewScreen } from '../../stores/meetingCommands.js';
import { AppLink } from '../AppLink.js';
import { CopyLinkButton } from '../facilitator/CopyLinkButton.js';
import { RenewLinkButton } from '../facilitator/RenewLinkButton.js';
import { useLiveCommand } from './useLiveCommand.js';

/** Props of the plenary control. */
export interface PlenaryControlProps { workshopId: string; live: LiveState }

const VIEWS = ['horizons', 'vision'] as const;

/** The cockpit's plenary control. */
export function PlenaryControl({ workshopId, live }: PlenaryControlProps) {
  const { t } = useTranslation();
  const { send, busy, error } = useLiveCommand(workshopId);
  const [screenLink, setScreenLink] = useState<string | null>(null);
  const [linkBusy, setLinkBusy] = useState(false);
  const [linkError, setLinkError] = useState<string | null>(null);
  const [pendingView, setPendingView] = useState<LiveState['plenaryView'] | null>(null);
  const shownView = pendingView ?? live.plenaryView;
  useEffect(() => { if (pendingView === live.plenaryView) setPendingView(null); }, [pendingView, live.plenaryView]);
  const chooseView = async (view: LiveState['plenaryView']) => {
    setPendingView(view);
    const ok = await send({ plenaryView: view }, t('cockpit.plenary.viewChanged', { view: t(`cockpit.plenary.view.${view}`) }));
    if (!ok) setPendingView(null);
  };

  const makeLink = async () => {
    setLinkBusy(true);
    setLinkError(null);
    try { setScreenLink((await makeScreenLink(workshopId)).link); } catch (e) { setLinkError(apiErrorText(t, e)); } finally { setLinkBusy(false); }
  };

  return (
    <section className="cockpit-panel cockpit-panel--plenary" aria-labelledby="plenair-titel">
      <Heading level={2} id="plenair-titel">{t('cockpit.plenary.title')}</Heading>
      <Paragraph className="cockpit-focus-now">{live.focus === 'plenary' ? t('cockpit.plenary.focusPlenary') : t('cockpit.plenary.focusGroups')}</Paragraph>
      <div className="button-row">
        <Button appearance="primary-action-button" pressed={live.focus === 'plenary'} disabled={busy} onClick={() => void send({ focus: 'plenary' }, t('cockpit.plenary.focusPlenary'))}>
          {t('cockpit.plenary.toPlenary')}
        </Button>
        <Button appearance="secondary-action-button" pressed={live.focus === 'groups'} disabled={busy} onClick={() => void send({ focus: 'groups' }, t('cockpit.plenary.focusGroups'))}>
          {t('cockpit.plenary.toGroups')}
        </Button>
      </div>
      <Fieldset className="plenary-view-choice">
        <FieldsetLegend>{t('cockpit.plenary.viewLegend')}</FieldsetLegend>
        {VIEWS.map((view) => (
          <div key={view} className="radio-option">
            <RadioButton
              id={`scherm-${view}`}
              name="plenair-scherm"
              value={view}
              checked={shownView === view}
              onChange={() => void chooseView(view)}
            />
            <FormLabel htmlFor={`scherm-${view}`} type="radio">{t(`cockpit.plenary.view.${view}`)}</FormLabel>
          </div>
        ))}
      </Fieldset>
      {error ? <Alert type="error"><Paragraph>{error}</Paragraph></Alert> : null}
      <div className="cockpit-screen-link">
        <Paragraph appearance="small">{t('cockpit.plenary.screenLinkHint')}</Paragraph>
        {screenLink ? (
          <CopyLinkButton
            link={screenLink}
            label={t('cockpit.plenary.copyScreenLink')}
            announcement={t('cockpit.plenary.screenLinkCopied')}
            fieldLabel={t('cockpit.plenary.screenLink')}
          />
        ) : (
          <Button appearance="secondary-action-button" busy={linkBusy} disabled={linkBusy} onClick={() => void makeLink()}>
            {t('cockpit.plenary.screenLink')}
          </Button>
        )}
        {screenLink ? <p className="cockpit-screen-link__url"><code>{screenLink}</code></p> : null}
        {linkError ? <Alert type="error"><Paragraph>{linkError}</Paragraph></Alert> : null}
        <RenewLinkButton subject={{
          label: t('cockpit.plenary.renewScreenLink'),
          question: t('cockpit.plenary.confirmRenewScreen'),
          confirmLabel: t('cards.confirmRenewYes'),
          renewed: t('cockpit.plenary.screenLinkRenewed'),
          renew: async () => { setScreenLink((await renewScreen(workshopId)).link); },
        }} />
      </div>
      <ul className="own-links">
        <li><AppLink href={plenaryPath(workshopId)}>{t('cockpit.plenary.openPlenary')}</AppLink></li>
        <li><AppLink href={mergePath(workshopId)}>{t('meetingLinks.merge')}</AppLink></li>
      </ul>
    </section>
  );
}
