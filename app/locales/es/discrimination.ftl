## Aviso de discriminación: inicio
discrimination-start-title = Informar de una discriminación
discrimination-start-lead = Discriminar es tratar a una persona peor que a otra, en una situación comparable, por un motivo que la ley prohíbe tener en cuenta: su origen, su sexo, su edad, su discapacidad, su religión, su orientación sexual, su lugar de residencia…
discrimination-start-danger = Si está en peligro ahora, llame al 17 o al 112, o envíe un SMS al 114. Si ha sufrido violencia física, acuda a la comisaría (commissariat) o a la Gendarmería.
discrimination-start-law-title = Lo que dice la ley
discrimination-start-law-body = El Código Penal francés (Code pénal, artículos 225-1 y 225-2) enumera más de veinte motivos. Tratar peor a alguien por uno de ellos es un delito, sobre todo cuando lleva a:
discrimination-start-law-offence = Estos delitos se castigan con prisión y multa, y con más dureza aún cuando los comete una persona depositaria de la autoridad pública (artículo 432-7).
discrimination-start-routes-title = Dos trámites, que puede hacer a la vez
discrimination-start-routes-intro = Puede informar de los hechos a la Policía o a la Gendarmería, acudir al Défenseur des droits (la institución francesa de defensa de los derechos), o hacer las dos cosas.
discrimination-start-police-title = Informar de los hechos a la Policía o a la Gendarmería con este formulario
discrimination-start-police-body = Su aviso se envía a la comisaría (commissariat) o a la unidad de la Gendarmería (brigade de gendarmerie) que usted elija. Un agente lo examina y puede ponerse en contacto con usted; si los hechos lo justifican, le propondrá presentar una denuncia. Al final del formulario, podrá aceptar que su expediente se envíe también al Défenseur des droits.
discrimination-start-defenseur-title = Acudir al Défenseur des droits
discrimination-start-defenseur-body = El Défenseur des droits es una autoridad independiente. Le escucha, le aconseja y puede actuar para que se respeten sus derechos, incluso sin denuncia. Su ayuda es gratuita.
discrimination-defenseur-phone = por teléfono, llamada gratuita
discrimination-defenseur-chat = para hablar en línea con un jurista
discrimination-defenseur-hours = De lunes a viernes, de 9:00 a 18:00.
discrimination-start-need-title = Antes de empezar, reúna si puede
discrimination-start-need-when = la fecha y el lugar de los hechos, aunque sean aproximados;
discrimination-start-need-words = las palabras dichas o escritas, lo más exactas posible;
discrimination-start-need-people = lo que sepa del autor y de los testigos;
discrimination-start-need-email = una dirección de correo electrónico, para recibir su referencia.
discrimination-start-evidence = Guarde todas las pruebas: mensajes, cartas, anuncios, capturas de pantalla, nombres de los testigos. Serán útiles más adelante.
discrimination-start-time = Calcule unos 10 minutos. Sus respuestas se guardan en cada paso.
discrimination-start-button = Empezar

## Aviso de discriminación: seguridad
discrimination-safety-title = Su seguridad
discrimination-safety-danger = ¿Está usted u otra persona en peligro en este momento?
discrimination-safety-danger-hint = Si es así, llame ahora mismo al 17 o al 112, o envíe un SMS al 114.
discrimination-safety-violence = ¿Hubo violencia física (golpes, empujones, una agresión)?
discrimination-safety-violence-hint = La violencia se denuncia en persona, en la comisaría o en la Gendarmería.
discrimination-elsewhere-danger-title = Llame ahora a los servicios de emergencia
discrimination-elsewhere-danger-body = En caso de peligro, no use este formulario: llame al 17 o al 112. Si no puede hablar, envíe un SMS al 114.
discrimination-elsewhere-danger-next = Cuando esté a salvo, podrá volver para informar de la discriminación.
discrimination-elsewhere-violence-title = Presente una denuncia en la comisaría o en la Gendarmería
discrimination-elsewhere-violence-body = La violencia física se denuncia en persona. Acuda a una comisaría de policía (commissariat) o a una unidad de la Gendarmería (brigade de gendarmerie) para presentar una denuncia, y explique por qué cree que le atacaron: la ley castiga con más dureza la violencia cometida por el origen, la religión, el sexo, la orientación sexual o la identidad de género de la víctima.
discrimination-elsewhere-violence-next = Si ha sufrido lesiones, vaya al médico: un certificado médico será útil para su denuncia. En caso de urgencia, llame al 17 o al 112.
discrimination-elsewhere-defenseur-title = El Défenseur des droits también puede ayudarle
discrimination-elsewhere-defenseur-body = Para que le escuchen y le aconsejen sobre la propia discriminación, póngase en contacto con el Défenseur des droits, de forma gratuita:

## Aviso de discriminación: su papel
discrimination-role-title = ¿En calidad de qué hace este aviso?
discrimination-reporter-victim = Soy la víctima
discrimination-reporter-victim-hint = La discriminación iba dirigida contra mí.
discrimination-reporter-witness = Soy testigo
discrimination-reporter-witness-hint = Vi u oí los hechos, pero no iban dirigidos contra mí.
discrimination-reporter-representative = Represento a la víctima
discrimination-reporter-representative-hint = Por ejemplo, soy su padre o su madre o su representante legal, o actúo en nombre de una asociación.

## Aviso de discriminación: ámbito (Code pénal, artículos 225-2 y 432-7)
discrimination-domain-title = ¿En qué situación se produjo la discriminación?
discrimination-domain-hint = Elija la situación más parecida. Si ninguna encaja, elija «Otra cosa».
discrimination-domain-goods-and-services = Le negaron un bien o un servicio
discrimination-domain-goods-and-services-hint = En una tienda, un restaurante, una discoteca, al alquilar una vivienda, en el banco o en una aseguradora, en una actividad de ocio.
discrimination-domain-economic-activity = Le impidieron ejercer una actividad económica
discrimination-domain-economic-activity-hint = Por ejemplo, impedir que alguien ejerza su profesión, o negarse a trabajar con una empresa o un comerciante.
discrimination-domain-employment = No le contrataron, le sancionaron o le despidieron
discrimination-domain-employment-hint = Durante un proceso de selección o en el trabajo.
discrimination-domain-conditional-offer = Una oferta reservada a algunas personas
discrimination-domain-conditional-offer-hint = Un bien, un servicio, una oferta de empleo o de prácticas sometidos a una condición ligada a un motivo prohibido, por ejemplo un anuncio que excluye a algunas personas.
discrimination-domain-social-security-internship = Le negaron unas prácticas de formación profesional
discrimination-domain-social-security-internship-hint = Unas de las prácticas previstas en el artículo L. 412-8 del Código de la Seguridad Social francés (code de la sécurité sociale).
discrimination-domain-public-official = Una discriminación por parte de un empleado público
discrimination-domain-public-official-hint = Una persona depositaria de la autoridad pública o encargada de una misión de servicio público le negó un derecho previsto por la ley, o impidió una actividad económica.
discrimination-domain-other = Otra cosa
discrimination-domain-other-hint = Podrá describirlo más adelante, en su relato.

## Aviso de discriminación: motivos (Code pénal, artículo 225-1)
discrimination-criteria-title = En su opinión, ¿en qué motivo se basó la discriminación?
discrimination-criteria-hint = Marque todos los motivos que le parezcan aplicables. Si no lo sabe, marque solo «No lo sé».
discrimination-criterion-origin = El origen
discrimination-criterion-origin-hint = El país o la región de donde se viene, o de donde se parece venir.
discrimination-criterion-sex = El sexo
discrimination-criterion-family-situation = La situación familiar
discrimination-criterion-family-situation-hint = Estar casado, divorciado, ser padre o madre sin pareja, tener hijos…
discrimination-criterion-pregnancy = El embarazo
discrimination-criterion-physical-appearance = La apariencia física
discrimination-criterion-economic-vulnerability = La vulnerabilidad debida a la situación económica
discrimination-criterion-economic-vulnerability-hint = Vivir en la pobreza o en la precariedad, tanto si se nota como si se sabe.
discrimination-criterion-surname = El apellido
discrimination-criterion-place-of-residence = El lugar de residencia
discrimination-criterion-place-of-residence-hint = El barrio, el municipio o la dirección donde se vive.
discrimination-criterion-health = El estado de salud
discrimination-criterion-loss-of-autonomy = La pérdida de autonomía
discrimination-criterion-loss-of-autonomy-hint = Debida a la edad, a una enfermedad o a un accidente.
discrimination-criterion-disability = La discapacidad
discrimination-criterion-genetic-characteristics = Las características genéticas
discrimination-criterion-genetic-characteristics-hint = Por ejemplo, un riesgo de enfermedad hereditaria.
discrimination-criterion-morals = Las costumbres (modo de vida)
discrimination-criterion-morals-hint = La forma de vivir, las decisiones personales sobre la propia vida.
discrimination-criterion-sexual-orientation = La orientación sexual
discrimination-criterion-gender-identity = La identidad de género
discrimination-criterion-gender-identity-hint = Por ejemplo, ser una persona transgénero.
discrimination-criterion-age = La edad
discrimination-criterion-political-opinions = Las opiniones políticas
discrimination-criterion-trade-union = Las actividades sindicales
discrimination-criterion-language = La capacidad de expresarse en una lengua distinta del francés
discrimination-criterion-language-hint = Hablar una lengua extranjera o regional.
discrimination-criterion-ethnicity-nation-race-religion = La pertenencia o no pertenencia, real o supuesta, a una etnia, una nación, una supuesta raza o una religión
discrimination-criterion-ethnicity-nation-race-religion-hint = Incluida una religión que se le atribuye, o el hecho de no tener ninguna.
discrimination-criterion-whistleblower = La condición de denunciante de irregularidades (lanceur d’alerte)
discrimination-criterion-whistleblower-hint = O de facilitador, o de persona relacionada con un denunciante de irregularidades.
discrimination-criterion-not-sure = No lo sé
discrimination-criterion-not-sure-hint = Márquelo solo. El agente le ayudará a precisarlo.

## Aviso de discriminación: palabras dichas o escritas
discrimination-words-title = Las palabras dichas
discrimination-words-intro = Las palabras o escritos injuriosos, difamatorios o que incitan al odio pueden ser un delito, además de la discriminación.
discrimination-words-said = ¿Se dijeron o escribieron palabras insultantes, difamatorias o provocadoras?
discrimination-words-exact = Las palabras exactas importan: cópielas tal como se dijeron o escribieron, aunque sean groseras. No las resuma.
discrimination-words-verbatim = Las palabras dichas o escritas (si ha respondido que sí)
discrimination-words-verbatim-hint = Póngalas entre comillas e indique quién las dijo o escribió, y cómo: en voz alta, por mensaje, en una red social…

## Aviso de discriminación: autor
discrimination-author-title = El autor de los hechos
discrimination-author-kind = ¿Quién es el autor?
discrimination-author-kind-person = Una persona
discrimination-author-kind-person-hint = Un particular, un vecino, un cliente, un compañero de trabajo…
discrimination-author-kind-company = Una empresa o una asociación
discrimination-author-kind-company-hint = Un comercio, un empleador, una agencia inmobiliaria, un propietario, un banco…
discrimination-author-kind-administration = Una administración o un servicio público
discrimination-author-kind-administration-hint = Un ayuntamiento (mairie), una prefectura, un hospital, un colegio, un empleado público…
discrimination-author-known = ¿Sabe quién es?
discrimination-author-known-hint = Por ejemplo, su nombre, o el de la empresa o el servicio.
discrimination-author-known-yes = Sí, sé quién es
discrimination-author-known-no = No, no lo sé
discrimination-author-name = Nombre de la persona o de la organización (opcional)
discrimination-author-name-hint = Si lo conoce. También puede indicar su cargo, por ejemplo «el encargado».

## Aviso de discriminación: cuándo, dónde, relato, testigos, servicio
discrimination-when-where-title = ¿Cuándo y dónde ocurrieron los hechos?
discrimination-when-heading = Cuándo
discrimination-where-heading = Dónde
discrimination-place = Lugar exacto (opcional)
discrimination-place-hint = Nombre del comercio, dirección, establecimiento, o sitio web si ocurrió en internet.
discrimination-account-title = Cuente lo que pasó
discrimination-account-intro = Describa los hechos con sus propias palabras, en orden: lo que usted pedía o hacía, lo que se dijo o se le negó, y por qué cree que es una discriminación.
discrimination-account-label = Su relato
discrimination-account-hint = { $max } caracteres como máximo. Indique también las pruebas que tiene: mensajes, cartas, anuncios.
discrimination-witnesses-any = ¿Alguien vio u oyó los hechos?
discrimination-unit-title = ¿Qué servicio debe tramitar su aviso?
discrimination-unit-intro = Elija la comisaría (commissariat) o la unidad de la Gendarmería (brigade de gendarmerie) que recibirá su aviso, por ejemplo cerca del lugar de los hechos o de su domicilio. Un agente de ese servicio lo examinará y podrá ponerse en contacto con usted.
discrimination-error-unit = Elija la comisaría o la unidad de la Gendarmería que recibirá su aviso.

## Aviso de discriminación: datos de contacto y consentimiento
discrimination-contact-title = Sus datos de contacto
discrimination-contact-intro = Permiten al servicio ponerse en contacto con usted y enviarle su referencia.
discrimination-contact-represented-legend = La víctima a la que representa
discrimination-contact-represented-name = Nombre y apellidos de la víctima
discrimination-contact-organisation = Asociación (opcional)
discrimination-contact-organisation-hint = Si actúa en nombre de una asociación, indique su nombre.
discrimination-contact-email-hint = Le enviaremos ahí su referencia y los mensajes del agente.
discrimination-contact-phone-hint = El agente podrá llamarle para saber más.
discrimination-consent-title = Enviar también su expediente al Défenseur des droits
discrimination-consent-body = El Défenseur des droits puede actuar además de la Policía: puede proponer una mediación, hacer recomendaciones o presentar observaciones ante un tribunal. Con su consentimiento, le enviamos su aviso.
discrimination-consent-legend = Su consentimiento (opcional)
discrimination-consent-label = Acepto que mi aviso se envíe también al Défenseur des droits.
discrimination-consent-hint = Si no marca esta casilla, no se le envía nada. También puede ponerse en contacto con él directamente en el 3928.

## Aviso de discriminación: revisión
discrimination-check-section-report = Su aviso
discrimination-check-section-you = Sus datos de contacto
discrimination-check-role = Usted es
discrimination-check-domain = Ámbito
discrimination-check-criteria = Motivos
discrimination-check-words = Palabras dichas
discrimination-check-no-words = Ninguna
discrimination-check-author = Autor
discrimination-check-author-known = Conocido, nombre no indicado
discrimination-check-author-unknown = Desconocido
discrimination-check-represented = Víctima representada
discrimination-check-consent = Envío al Défenseur des droits
discrimination-check-consent-yes = Enviar también el expediente
discrimination-check-consent-no = No enviar el expediente
discrimination-check-unit = Servicio destinatario
discrimination-check-send-title = Enviar su aviso
discrimination-check-send-body = Su aviso se enviará al servicio elegido. Declarar hechos que se saben falsos está castigado por la ley (artículos 226-10 y 434-26 del Code pénal).
discrimination-check-send-button = Enviar el aviso

## Aviso de discriminación: confirmación y correo electrónico
discrimination-confirmation-title = Aviso enviado
discrimination-confirmation-sent-on = Enviado el { $date }.
discrimination-confirmation-email = Le hemos enviado un correo electrónico de confirmación. Guarde esta referencia: se la pedirán.
discrimination-confirmation-next-title = ¿Y ahora qué?
discrimination-confirmation-next = Su aviso se ha enviado a este servicio. Un agente lo examinará y podrá ponerse en contacto con usted por correo electrónico o por teléfono:
discrimination-confirmation-complaint = Si los hechos lo justifican, le propondrá presentar una denuncia. También puede presentar una denuncia en cualquier momento en una comisaría o en una unidad de la Gendarmería, indicando su referencia.
discrimination-confirmation-defenseur-title = El Défenseur des droits
discrimination-confirmation-defenseur-body = Si usted lo aceptó, su expediente también se le envía. Puede ponerse en contacto con él directamente, de forma gratuita:
discrimination-email-subject = Hemos recibido su aviso { $reference }
discrimination-email-intro = Su aviso de discriminación se ha registrado. Un agente de este servicio lo examinará y podrá ponerse en contacto con usted:
discrimination-email-defenseur = El Défenseur des droits también puede ayudarle, de forma gratuita: llame al 3928 o entre en antidiscriminations.fr, de lunes a viernes, de 9:00 a 18:00.

## Aviso de discriminación: errores
error-choose-danger = Indique si alguien está en peligro en este momento.
error-choose-reporter = Indique en calidad de qué hace este aviso.
error-choose-domain = Elija la situación más parecida a lo que pasó.
error-choose-criteria = Marque al menos un motivo, o «No lo sé».
error-criteria-not-sure-alone = «No lo sé» no se puede marcar junto con otro motivo.
error-choose-words-said = Indique si se dijeron o escribieron palabras.
error-required-words = Copie las palabras dichas o escritas.
error-choose-author-kind = Indique quién es el autor.
error-choose-author-known = Indique si sabe quién es el autor.
error-required-represented-name = Escriba el nombre de la víctima.
