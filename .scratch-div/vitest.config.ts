import base from '../vite.config.js';
export default { ...base, test: { ...base.test, include: ['.scratch-div/*.test.ts'], reporters: ['default'] } };
