import errors from './errors';
import names from './names';
import planWords from './plan-words';

export default { ...names, ...planWords, ...errors };
