/** The rules catalogue version bundled in this build, shown in Settings/About and on the Catalogue page. */
import { CATALOGUE_VERSION } from '../../shared/catalogue/index';

export const CATALOGUE_VERSION_LABEL: string = CATALOGUE_VERSION;
