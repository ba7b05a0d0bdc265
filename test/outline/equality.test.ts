/** Both front-ends give the same Outline for every built-in template and every fixture. */

import { glob } from 'tinyglobby';
import { describeEquality } from './equality.js';

const root = new URL('../../', import.meta.url);
const names = await glob(['templates/*.md', 'fixtures/**/*.md'], { cwd: root.pathname });

describeEquality({
  title: 'templates and fixtures',
  files: names.sort().map((name) => ({ name, url: new URL(name, root) })),
});
