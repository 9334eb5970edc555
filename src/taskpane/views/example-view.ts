/** The Example view: inserts the starter model on a new sheet and shows it. */
import { byId, restoreFocus, setStatus } from '../dom';
import { onLanguageChange, t } from '../i18n/messages';
import { exampleData, exampleModel, exampleRows, exampleSheet } from '../example-model';
import { formulaBlock, type WorkbookPort } from '../ports/port';

export function mountExample(port: WorkbookPort | undefined): void {
  const intro = (): void => { byId('ex-intro').textContent = t('ui.intro.example', { count: exampleRows().length }); };
  intro();
  onLanguageChange(intro);
  const button = byId<HTMLButtonElement>('ex-insert');
  const status = byId('ex-status');
  if (!port) {
    button.disabled = true;
    return;
  }
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      const sheet = await port.oneStep(async () => {
        const added = await port.addSheet(exampleSheet());
        await port.writeFormulas(formulaBlock(exampleModel(added), exampleData()));
        await port.activate(added);
        return added;
      });
      setStatus(status, t('ex.added', { sheet }));
    } catch (e) {
      setStatus(status, t('ex.failed', { message: (e as Error).message }), true);
    } finally {
      button.disabled = false;
      restoreFocus(button);
    }
  });
}
