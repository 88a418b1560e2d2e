import errors from './errors';
import names from './names';

export default { ...names, ...errors };
