/** The Example view: inserts the starter model on a new sheet and shows it. */
import { byId, setStatus } from '../dom';
import { EXAMPLE_SHEET, exampleModel } from '../example-model';
import type { WorkbookPort } from '../ports/port';

export function mountExample(port: WorkbookPort | undefined): void {
  const button = byId<HTMLButtonElement>('ex-insert');
  const status = byId('ex-status');
  if (!port) {
    button.disabled = true;
    return;
  }
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      const sheet = await port.addSheet(EXAMPLE_SHEET);
      await port.writeFormulas(exampleModel(sheet));
      await port.activate(sheet);
      setStatus(status, `Added the sheet “${sheet}”. Change the year or the prices in column B, a balance value (column H) or a Phase II benchmark (column I), and the model follows.`);
    } catch (e) {
      setStatus(status, `Could not add the example: ${(e as Error).message}`, true);
    } finally {
      button.disabled = false;
    }
  });
}
