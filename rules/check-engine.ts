/** Everything the extension's pages and content scripts call on the checker, as one object (the checker's content script hands it over). */
import { packFor } from './account-context';
import { checkDetailed } from './engine';
import { pictureFindings } from './images/findings';
import { applyJudgment, readAloneInputs } from './judgment/check';
import { judgeInputs } from './judgment/combine';

export const CHECK_ENGINE = { checkDetailed, pictureFindings, judgeInputs, applyJudgment, readAloneInputs, packFor };
