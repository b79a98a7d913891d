/** The sentence judge's notes in Spanish: PostCheck's own words (formal "usted"), not a pack's, so never labelled a translation. */
import type { JudgedCategory } from './units';

export const JUDGMENT_MESSAGES_ES: Record<JudgedCategory, { message: string; suggestion: string }> = {
  'official-capacity': {
    message: 'Esto podría leerse como si usted hablara o actuara en nombre de la Ciudad.',
    suggestion: 'Deje claro que es su opinión personal, o deje los anuncios y compromisos de la Ciudad a las cuentas oficiales.',
  },
  confidential: {
    message: 'Esto podría revelar algo que usted sabe solo por su trabajo.',
    suggestion: 'No incluya datos de expedientes, casos o planes que aún no se han anunciado.',
  },
  harassment: {
    message: 'Esto podría leerse como algo denigrante, amenazante o de acoso hacia alguien.',
    suggestion: 'Diga lo que piensa sin atacar a una persona ni a un grupo.',
  },
  grievance: {
    message: 'Esto podría leerse como una queja sobre un compañero, un supervisor o el departamento.',
    suggestion: 'Un problema de trabajo se resuelve mejor con su supervisor, Recursos Humanos o su sindicato que en una publicación.',
  },
  'coworker-privacy': {
    message: 'Esto podría compartir la foto o la vida privada de un compañero sin su consentimiento.',
    suggestion: 'Pregúntele primero a su compañero, o quite su nombre y sus datos personales.',
  },
  'unlawful-conduct': {
    message: 'Esto podría leerse como que promueve actividades ilegales o el abuso de drogas o alcohol.',
    suggestion: 'Quite la parte que describe o fomenta algo contra la ley.',
  },
  'personal-safety': {
    message: 'Esto podría facilitar que alguien dé con usted o con su familia.',
    suggestion: 'No incluya su dirección, su teléfono, la escuela de sus hijos ni cuándo no hay nadie en su casa.',
  },
};
