import type { Rule } from '../model/rule.js';
import { entrySpan, valueSpan, type YMap } from '../workflows/yaml.js';
import { checkoutPersistence, stepAnchor, stepGroups, usesAction, withInput, type StepRef } from '../workflows/model.js';

/** `path:` values of upload-artifact that take the whole workspace (and so the .git/config holding the token). */
const WORKSPACE_PATH_RE = /^(?:\.|\.\/|\$\{\{\s*github\.workspace\s*\}\}\/?|\$GITHUB_WORKSPACE\/?|\$\{GITHUB_WORKSPACE\}\/?)$/i;

function uploadsWorkspace(step: StepRef): boolean {
  if (!usesAction(step.step, 'actions/upload-artifact')) return false;
  const path = withInput(step.step, 'path');
  if (typeof path !== 'string') return false;
  return path.split('\n').some((line) => WORKSPACE_PATH_RE.test(line.trim()));
}

export const persistCredentials: Rule = {
  meta: {
    id: 'persist-credentials',
    category: 'persist-credentials',
    defaultSeverity: 'medium',
    summary: 'actions/checkout without `persist-credentials: false` leaves the token in .git/config for every later step.',
    remediation:
      'Add `persist-credentials: false` under the checkout step\'s `with:`; steps that must push can authenticate explicitly with a scoped token.',
    docs: '#rule-persist-credentials',
    tags: ['credentials-on-disk'],
    appliesTo: ['workflow', 'action'],
  },
  check(context) {
    for (const group of stepGroups(context.file)) {
      // The first later step that uploads the workspace, for each step: one pass from the end, not one per checkout.
      const nextUpload: Array<StepRef | undefined> = new Array(group.length);
      let later: StepRef | undefined;
      for (let i = group.length - 1; i >= 0; i--) {
        nextUpload[i] = later;
        if (uploadsWorkspace(group[i]!)) later = group[i];
      }
      group.forEach((step, i) => {
        if (!usesAction(step.step, 'actions/checkout')) return;
        const setting = checkoutPersistence(step.step);
        if (setting === 'off' || setting === 'dynamic') return;
        const upload = nextUpload[i];
        const withPath = [...step.path, 'with', 'persist-credentials'];
        const related = upload ? [{ message: 'the workspace, including .git/config, is uploaded here', span: stepAnchor(upload) }] : undefined;
        const uploadNote = upload ? ', and a later step uploads the workspace as an artifact' : '';
        if (setting === 'on') {
          context.report({
            message: `actions/checkout sets \`persist-credentials: true\`: the token stays in .git/config for the rest of the job${uploadNote}`,
            severity: upload ? 'high' : 'low',
            span: entrySpan(step.step.with as YMap, 'persist-credentials')!,
            path: withPath,
            ...(related ? { related } : {}),
          });
          return;
        }
        context.report({
          message: `actions/checkout without \`persist-credentials: false\` leaves the token in .git/config${uploadNote}`,
          severity: upload ? 'high' : 'medium',
          span: valueSpan(step.step, 'uses')!,
          path: withPath,
          ...(related ? { related } : {}),
        });
      });
    }
  },
};
