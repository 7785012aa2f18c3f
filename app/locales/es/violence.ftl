# El aviso de violencias sexuales y sexistas, su salida rápida, y
# los enlaces que llevan a él. Los títulos de las páginas siguen siendo neutros:
# nunca nombran el tema.

## Salida rápida (cada página del aviso, y las páginas de seguimiento)
quick-exit-label = Salida rápida
quick-exit-link = Salir de este sitio
quick-exit-shortcut = O pulse 3 veces la tecla Mayús

## Enlaces desde la página de inicio y la orientación
violence-home-title = Informar de violencias sexuales o sexistas
violence-home-body = De forma anónima si lo desea, con un código personal para seguir su aviso y hablar con un policía o un gendarme.
violence-orientation-report = También puede informar de lo que pasó en este portal, de forma anónima si lo desea. Recibirá un código personal para seguir su aviso e intercambiar mensajes con un policía o un gendarme formado para estas situaciones.
violence-orientation-action = Enviar un aviso

## Palabras comunes
violence-optional = Esta pregunta es opcional.

## Lo que hace la salida rápida, y lo que no hace
violence-quick-exit-title = Salir rápidamente de este sitio
violence-quick-exit-does = En cualquier momento, el botón «Salir de este sitio», arriba en cada página, le lleva a un sitio web del tiempo. También cierra su sesión aquí: las respuestas que no haya enviado se borran.
violence-quick-exit-shortcut = Si JavaScript está activado en su navegador, también puede pulsar 3 veces seguidas la tecla Mayús. La página desaparece al instante, y el botón Atrás no la vuelve a mostrar.
violence-quick-exit-not-title = Lo que la salida rápida no hace
violence-quick-exit-not-history = No borra su historial de navegación: este sitio, y las páginas vistas antes de salir, pueden seguir apareciendo en él. Puede borrarlas del historial después.
violence-quick-exit-not-watch = No puede ocultar su visita a alguien que vea su pantalla, su dispositivo o su red.

## Antes de empezar (página de introducción)
violence-start-title = Antes de empezar
violence-start-lead = Aquí puede informar a la Policía y a la Gendarmería de violencias sexuales o sexistas, tanto si le ocurrieron a usted como a otra persona. Puede permanecer en el anonimato.
violence-start-danger = Si está en peligro ahora, llame al 17 o al 112. Si no puede hablar, envíe un SMS al 114.
violence-start-advice-link = Leer nuestros consejos para usar este sitio con seguridad
violence-start-how-title = Cómo funciona
violence-start-how-required = Solo dos preguntas necesitan respuesta: si está a salvo ahora, y para quién hace este aviso. Puede saltarse todas las demás.
violence-start-how-anonymous = Usted elige: permanecer en el anonimato, o dar una forma de contactarle, en los momentos en que no haya riesgo para usted.
violence-start-how-code = Al final, recibe un código de seguimiento personal, que se muestra una sola vez. Con él, puede ver en qué punto está su aviso e intercambiar mensajes con un policía o un gendarme formado para estas situaciones.
violence-start-how-time = Se tarda unos 5 a 10 minutos. Puede parar en cualquier momento.
violence-start-button = Empezar

## Consejos de seguridad
violence-advice-title = Usar este sitio con seguridad
violence-advice-lead = Si alguien puede mirar su teléfono o su ordenador, estas precauciones pueden ayudarle. Haga solo lo que le parezca seguro.
violence-advice-before-title = Antes de empezar
violence-advice-before-private = Use una ventana de navegación privada: cuando la cierre, su navegador no guardará ningún historial.
violence-advice-before-device = Si puede, use un dispositivo al que la otra persona no tenga acceso: el teléfono de una amiga o un amigo, un ordenador en una biblioteca o en una asociación.
violence-advice-before-watched = Si cree que su teléfono está vigilado (por ejemplo, con una aplicación espía), use otro dispositivo.
violence-advice-after-title = Después de su visita
violence-advice-after-history = Borre este sitio de su historial de navegación. En la mayoría de los navegadores, el historial se abre con Ctrl+H (⌘+Y en un Mac).
violence-advice-after-close = Cierre la ventana del navegador.
violence-advice-after-code = Guarde su código de seguimiento donde solo usted pueda encontrarlo, no en una libreta ni en un teléfono que use otra persona.
violence-advice-talk-title = Hablar con alguien
violence-advice-back = Volver al principio del aviso

## Ayuda inmediata (no está a salvo, o es menor de 18 años)
violence-help-title = Ayuda, ahora mismo
violence-help-danger-title = Si está en peligro
violence-help-danger-body = Llame al 17 (Policía y Gendarmería) o al 112. Si no puede hablar, envíe un SMS al 114: escriba lo que está pasando y dónde está.
violence-help-danger-place = Si puede, vaya a un lugar donde haya gente: una tienda, una farmacia, la casa de un vecino.
violence-help-child-title = Un niño o un adolescente
violence-help-child-body = El 119 escucha a los niños y a los adolescentes, y a los adultos preocupados por un niño. La llamada es gratuita y no aparece en la factura del teléfono.
violence-help-go-on-title = Su aviso
violence-help-go-on-body = Sus respuestas se conservan. Puede continuar su aviso ahora, más tarde, o dejarlo.
violence-help-go-on = Continuar mi aviso

## ¿Está a salvo?
violence-safe-title = ¿Está a salvo en este momento?
violence-safe-hint = Si no está a salvo, le indicamos enseguida a quién llamar. Después podrá continuar su aviso.
violence-safe-yes = Sí
violence-safe-no = No
violence-safe-not-sure = No lo sé
error-choose-safe-now = Indique si está a salvo en este momento.

## ¿Para quién?
violence-who-title = ¿Para quién hace este aviso?
violence-reporter-myself = Para mí
violence-reporter-myself-hint = Me pasó a mí.
violence-reporter-someone-else = Para otra persona
violence-reporter-someone-else-hint = Le pasó a una persona que conozco, y me lo contó.
violence-reporter-witness = Como testigo
violence-reporter-witness-hint = Vi u oí los hechos.
violence-age-legend = ¿La persona afectada tiene menos de 18 años?
violence-age-hint = Esta pregunta es opcional. Si le pasó a usted, responda por usted.
violence-age-under-18 = Sí, menos de 18 años
violence-age-adult = No, 18 años o más
violence-age-unknown = No lo sé
violence-who-child = Si un niño o un adolescente está en peligro, llame al 119: gratuito, 24 horas al día, y no aparece en la factura del teléfono.
error-choose-report-for = Indique para quién hace este aviso.

## Anónimo o no
violence-contact-title = ¿Desea permanecer en el anonimato?
violence-contact-intro-anonymous = Si permanece en el anonimato, no le pedimos ni su nombre ni ningún dato de contacto. Sigue su aviso con su código personal.
violence-contact-intro-identified = Si da una forma de contactarle, un policía o un gendarme formado para estas situaciones puede llamarle o escribirle, solo en los momentos en que no haya riesgo para usted.
violence-contact-choice = Su elección
violence-contact-anonymous = Permanecer en el anonimato
violence-contact-anonymous-hint = Solo su código de seguimiento le vincula con este aviso.
violence-contact-identified = Dar una forma de contactarme
violence-contact-identified-hint = En ese caso, responda a las preguntas de abajo.
violence-contact-details = Si da una forma de contactarle
violence-contact-name = Nombre que podemos usar (opcional)
violence-contact-name-hint = Basta con un nombre de pila.
violence-contact-by = ¿Cómo desea que le contactemos?
violence-contact-by-email = Por correo electrónico
violence-contact-by-email-hint = Los mensajes del policía o del gendarme se enviarán a esta dirección. Elija una dirección que solo consulte usted.
violence-contact-by-phone = Por teléfono
violence-contact-by-phone-hint = Un policía o un gendarme le llama en los momentos que usted indique.
violence-contact-email = Dirección de correo electrónico
violence-contact-phone = Número de teléfono
violence-contact-safe-times = ¿En qué momentos podemos contactarle sin riesgo? (opcional)
violence-contact-safe-times-hint = Por ejemplo: entre semana, de 9:00 a 12:00. Díganos si hay momentos en los que no debemos llamar nunca.
error-choose-anonymity = Indique si permanece en el anonimato o si da una forma de contactarle.
error-choose-contact-by = Indique cómo contactarle: por correo electrónico o por teléfono.
error-required-phone = Indique el número en el que podemos llamarle.

## ¿Qué pasó?
violence-what-title = ¿Qué pasó?
violence-what-hint = Marque todo lo que corresponda. No tiene que dar detalles. Esta pregunta es opcional.
violence-fact-sexist = Comentarios, insultos o comportamientos sexistas
violence-fact-harassment = Comentarios, mensajes o comportamientos de carácter sexual, no deseados y repetidos (acoso)
violence-fact-touching = Tocamientos de carácter sexual sin su consentimiento
violence-fact-forced-act = Un acto sexual forzado o impuesto, incluida una violación
violence-fact-exposure = Una persona que muestra sus partes íntimas (exhibicionismo)
violence-fact-images = Fotos o vídeos íntimos tomados o difundidos sin consentimiento, o mensajes sexuales en línea
violence-fact-partner = Violencia, amenazas o formas de control por parte de una pareja o una expareja
violence-fact-other = Otra cosa
violence-fact-not-sure = No sé cómo describirlo

## ¿Cuándo y dónde?
violence-when-title = ¿Cuándo y dónde pasó?
violence-when-hint = Basta con una respuesta aproximada. Las dos preguntas son opcionales.
violence-period-legend = ¿Cuándo pasó?
violence-period-days = En los últimos días
violence-period-weeks = En las últimas semanas
violence-period-months = En los últimos meses
violence-period-over-a-year = Hace más de un año
violence-period-unknown = No lo sé
violence-area-label = ¿Dónde pasó? (opcional)
violence-area-hint = El número del departamento (département) o el código postal, por ejemplo 69 o 69003. Nos ayuda a enviar su aviso a un equipo cercano a ese lugar.
error-area = Indique un número de departamento o un código postal, por ejemplo 69 o 69003, o deje el campo vacío.

## ¿Quién es esa persona?
violence-person-title = ¿Quién es la persona que hizo esto?
violence-person-hint = Indique qué relación tiene con la persona afectada. Esta pregunta es opcional, y no tiene que dar ningún nombre.
violence-relationship-partner = Una pareja o una expareja
violence-relationship-family = Alguien de la familia
violence-relationship-acquaintance = Alguien a quien conoce: un amigo, un vecino, un conocido
violence-relationship-work-or-studies = Alguien del trabajo, del colegio o de los estudios
violence-relationship-online = Alguien que conoció en internet
violence-relationship-stranger = Alguien a quien no conoce
violence-relationship-rather-not-say = Prefiero no decirlo

## Describir lo que pasó
violence-details-title = ¿Desea describir lo que pasó?
violence-details-stop = Puede parar aquí. Lo que ya nos ha contado basta para enviar su aviso.
violence-details-stop-link = Ir al resumen de mi aviso
violence-details-label = Lo que pasó, con sus propias palabras (opcional)
violence-details-hint = Escriba solo lo que desee compartir. Puede dejarlo vacío.

## Apoyo
violence-support-title = ¿Qué apoyo desea?
violence-support-hint = Esta pregunta es opcional. Marque tantas respuestas como desee.
violence-support-call-back = Que me llame un policía o un gendarme formado para estas situaciones
violence-support-call-back-hint = Solo si ha dado un número de teléfono. Si no, recibirá la respuesta en su página de seguimiento.
violence-support-complaint-information = Información para presentar una denuncia
violence-support-complaint-information-hint = Lo que supone, dónde y cómo, a su ritmo. Informar aquí no le obliga a presentar una denuncia.
violence-support-line-3919 = Hablar con alguien del 3919, Violences Femmes Info
violence-support-line-3919-hint = Gratuito y anónimo, 24 horas al día, 7 días a la semana. Puede llamar ahora mismo.
violence-support-victim-support = La ayuda de una asociación de apoyo a las víctimas
violence-support-victim-support-hint = France Victimes, 116 006, 7 días a la semana: escucha, información sobre sus derechos, ayuda con los trámites.
violence-support-now = También puede llamar ahora mismo a estos números:

## Revisar sus respuestas
violence-check-skipped = Sin respuesta
violence-check-section-situation = Su situación
violence-check-section-contact = Contacto
violence-check-section-facts = Lo que pasó
violence-check-section-support = Apoyo
violence-check-safe = A salvo en este momento
violence-check-who = Aviso hecho
violence-check-age = Menos de 18 años
violence-check-contact = Anonimato
violence-check-name = Nombre
violence-check-reach = Cómo contactarle
violence-check-safe-times = Momentos sin riesgo
violence-check-facts = Lo que pasó
violence-check-period = Cuándo
violence-check-area = Dónde
violence-check-person = La persona que hizo esto
violence-check-details = Su descripción
violence-check-support = Apoyo deseado
violence-check-send-title = Enviar su aviso
violence-check-send-code = Cuando envíe el aviso, verá su código de seguimiento personal, una sola vez. Tenga a mano algo para anotarlo, en un lugar que solo usted conozca.
violence-check-send-button = Enviar mi aviso

## Enviado
violence-confirmation-title = Su aviso se ha enviado
violence-confirmation-sent-on = Enviado el { $date }.
violence-confirmation-code-title = Su código de seguimiento personal
violence-confirmation-code-once = Cópielo o anótelo: no se podrá recuperar. Solo se muestra esta vez.
violence-confirmation-code-keep = Guárdelo donde solo usted pueda encontrarlo. Cualquier persona que tenga este código puede leer los mensajes sobre su aviso.
violence-confirmation-code-print = También puede imprimir esta página (Ctrl+P o ⌘+P).
violence-confirmation-follow-title = Seguir su aviso
violence-confirmation-follow-body = En la página «Seguir mi aviso» (/follow-up en este sitio), escriba su código. Verá en qué punto está su aviso y podrá intercambiar mensajes con el policía o el gendarme que se ocupa de él.
violence-confirmation-follow-link = Ir a la página «Seguir mi aviso»
violence-confirmation-next-title = ¿Y ahora qué?
violence-confirmation-next-anonymous = Un policía o un gendarme formado para estas situaciones lee su aviso. Como ha permanecido en el anonimato, le responderá en su página de seguimiento.
violence-confirmation-next-identified = Un policía o un gendarme formado para estas situaciones lee su aviso, y se pondrá en contacto con usted como lo ha pedido, en los momentos indicados.
violence-confirmation-complaint = Ha pedido información para presentar una denuncia: se la darán en su página de seguimiento o cuando le contacten.
violence-confirmation-numbers-title = Personas con las que hablar
violence-confirmation-leave = Cuando haya guardado su código, puede salir de este sitio con el botón de arriba de la página.
violence-sent-code-title = Su código de seguimiento
violence-sent-code-body = Su código de seguimiento solo se mostró una vez, justo después de enviar su aviso. Por su seguridad, no se puede volver a mostrar.

## Correo electrónico (se envía solo si la persona pidió que la contactaran por correo electrónico)
violence-email-subject = Hemos recibido su mensaje
violence-email-body = Hemos recibido su mensaje. Alguien se pondrá en contacto con usted como lo ha pedido.
