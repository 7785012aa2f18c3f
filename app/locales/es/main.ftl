## Estructura de la página
service-name = Plainte en ligne (denuncia en línea)
skip-to-content = Ir al contenido
language-switch-label = Idioma
emergency-banner-label = Teléfonos de emergencia
emergency-banner-title = En caso de urgencia:
emergency-banner-call = llame al
emergency-banner-sms = o, si no puede hablar, envíe un SMS al
footer-home = Inicio
footer-pre-complaint = Predenuncia en línea (pré-plainte)
footer-privacy = Servicio público. No se comunica ningún dato a terceros; este sitio no usa ningún rastreador.
back = Atrás
continue = Continuar
change = Modificar
remove = Eliminar
answer-yes = Sí
answer-no = No
go-home = Volver a la página de inicio
step-of = Paso { $step } de { $total }
date-hint = Por ejemplo: 27/03/2025
reference-label = Referencia { $reference }

## Inicio
home-title = Presentar una denuncia o informar de unos hechos
home-lead = Informe de un delito, encuentre el trámite adecuado a su situación y obtenga ayuda. Algunos trámites se hacen totalmente en línea; otros, en la comisaría (commissariat) o en la unidad de la Gendarmería (brigade de gendarmerie) que usted elija.
home-pre-complaint-title = Hacer una predenuncia (pré-plainte) en línea
home-pre-complaint-body = Para un robo, un robo en vivienda, daños, una estafa o el uso fraudulento de su tarjeta bancaria, cuando el autor es desconocido.
home-emergency-title = Teléfonos útiles
number-17 = Emergencias de Policía y Gendarmería
number-112 = Número europeo de emergencias
number-114 = Emergencias por SMS, para las personas que no pueden hablar u oír
number-3919 = Violences Femmes Info, ayuda para mujeres víctimas de violencia: gratuito, anónimo, 24 horas al día
number-119 = Enfance en danger, infancia en peligro: 24 horas al día
number-116006 = France Victimes, ayuda a las víctimas: 7 días a la semana

## Problemas
problem-not-found-title = Página no encontrada
problem-not-found-body = Puede que la dirección esté mal escrita, o que la página ya no exista.
problem-bad-request-title = Solicitud no comprendida
problem-bad-request-body = Su navegador ha enviado una solicitud que no podemos tramitar. Vuelva atrás e inténtelo de nuevo.
problem-forbidden-title = Formulario caducado
problem-forbidden-body = Por su seguridad, este formulario ya no es válido. Vuelva atrás, recargue la página e inténtelo de nuevo: las respuestas que ya guardó se conservan.
problem-too-large-title = Respuesta demasiado larga
problem-too-large-body = El formulario enviado es demasiado grande. Acorte su texto e inténtelo de nuevo.
problem-too-many-title = Demasiados intentos
problem-too-many-body = Espere unos minutos antes de volver a intentarlo.
problem-server-error-title = Se ha producido un error
problem-server-error-body = El servicio ha tenido un problema. Las respuestas que ya guardó se conservan. Vuelva a intentarlo dentro de unos minutos.
problem-unavailable-title = Servicio no disponible temporalmente
problem-unavailable-body = El servicio no está disponible en este momento. Las respuestas que ya guardó se conservan. Vuelva a intentarlo dentro de unos minutos.
problem-emergency = En caso de urgencia, llame al 17 o al 112, o envíe un SMS al 114.
session-expired-title = Su sesión ha caducado
session-expired-body = No hemos encontrado sus respuestas: se borran tras 30 días sin actividad, o su navegador no acepta las cookies. Puede empezar de nuevo su declaración.
start-again = Empezar de nuevo

## Errores
error-title-prefix = Error:
error-summary-title = Hay un problema
error-required = Este dato es obligatorio.
error-too-long = Este texto es demasiado largo.
error-invalid = Esta respuesta no es válida.
error-choose = Elija una respuesta.
error-email = Escriba una dirección de correo electrónico válida, por ejemplo nombre@ejemplo.fr.
error-phone = Escriba un número de teléfono válido, por ejemplo 06 12 34 56 78.
error-postcode = Escriba un código postal de 5 cifras, por ejemplo 75011.
error-date = Escriba una fecha válida, por ejemplo 27/03/2025.
error-date-future = La fecha no puede ser futura.
error-time = Escriba una hora válida, por ejemplo 14:30.
error-range-order = La fecha de fin debe ser posterior a la fecha de inicio.
error-child-not-minor = El niño o la niña debe tener menos de 18 años.
error-siret = El número SIRET tiene 14 cifras.
error-imei = El IMEI tiene 15 cifras; compruébelo (marque *#06# en el teléfono para verlo).
error-plate = Escriba la matrícula, por ejemplo AB-123-CD.
error-last-digits = Escriba las 4 últimas cifras de la tarjeta.
error-amount = Escriba un importe en euros, por ejemplo 120,50.
error-too-many-items = Ha alcanzado el número máximo de objetos: describa los demás en su relato.
error-unit-search = Escriba un código postal, un número de departamento (département) o el nombre de un municipio.
error-choose-unit = Elija la comisaría o la unidad de la Gendarmería donde firmará.
## Errores propios de cada campo (se muestran en lugar del error general cuando existen)
error-required-surname = Escriba sus apellidos.
error-required-given-names = Escriba su nombre o nombres de pila.
error-required-birth-date = Escriba su fecha de nacimiento.
error-required-birth-place = Escriba su lugar de nacimiento.
error-required-address = Escriba su dirección.
error-required-postcode = Escriba el código postal.
error-required-town = Escriba el municipio.
error-required-email = Escriba su dirección de correo electrónico.
error-required-child-surname = Escriba los apellidos del niño o la niña.
error-required-child-given-names = Escriba el nombre o nombres de pila del niño o la niña.
error-required-child-birth-date = Escriba la fecha de nacimiento del niño o la niña.
error-required-organisation-name = Escriba la razón social.
error-required-organisation-role = Escriba su cargo.
error-required-date = Escriba la fecha de los hechos.
error-required-from = Escriba el inicio del periodo.
error-required-to = Escriba el final del periodo.
error-required-account = Describa lo que pasó.
error-required-brand = Escriba la marca.
error-required-plate = Escriba la matrícula.
error-required-bank = Escriba el nombre del banco.
error-required-details = Indique quiénes son los testigos y cómo contactar con ellos.
error-choose-emergency = Indique si alguien está en peligro.
error-choose-known-perpetrator = Indique si conoce al autor de los hechos.
error-choose-violence = Indique si hubo violencia.
error-choose-declarant = Indique para quién hace esta declaración.
error-choose-mode = Indique si conoce la fecha exacta.
error-choose-offence = Elija el tipo de hechos.
error-choose-add-item = Indique si quiere declarar un objeto.
error-choose-seen = Indique si puede describir al autor.
error-choose-any = Indique si hubo testigos.
error-choose-time-of-day = Elija un momento del día.
error-choose-blocked = Indique si ha bloqueado la tarjeta.
error-choose-fraudulent-payments = Indique si se hicieron pagos sin su conocimiento.
error-choose-document = Elija el tipo de documento de identidad.
item-summary = { $kind }: { $details }

error-declaration = Marque la casilla para certificar que su declaración es exacta.

## Inicio del trámite
start-title = Hacer una predenuncia (pré-plainte) en línea
start-lead = Declare en línea un delito contra sus bienes y después firme su denuncia en la comisaría (commissariat) o en la unidad de la Gendarmería (brigade de gendarmerie) que elija.
start-covers-title = Este servicio es para
start-unknown-perpetrator = solo cuando usted no conoce al autor de los hechos.
start-need-title = Antes de empezar, tenga a mano
start-need-identity = sus datos de identidad y una dirección de correo electrónico;
start-need-email = la fecha y el lugar de los hechos, aunque sean aproximados;
start-need-items = la descripción de los objetos robados o dañados (número de serie, IMEI, matrícula, últimas cifras de la tarjeta).
start-next-title = ¿Y después?
start-next-body = Un agente examina su declaración y se pone en contacto con usted para fijar una cita. Debe firmar su denuncia en un plazo de 30 días; sin firma, la predenuncia se borra.
start-time = Calcule unos 15 minutos. Sus respuestas se guardan en cada paso.
start-button = Empezar

## Requisitos
eligibility-title = Su situación
eligibility-emergency = ¿Hay alguien en peligro, o están ocurriendo los hechos ahora mismo?
eligibility-emergency-hint = Si es así, llame ahora mismo al 17 o al 112.
eligibility-known = ¿Conoce al autor de los hechos?
eligibility-known-hint = Por ejemplo, sabe su nombre, o es una persona a la que puede identificar.
eligibility-violence = ¿Alguien resultó herido, fue amenazado o sufrió violencia, incluida violencia sexual?
eligibility-violence-hint = La violencia contra las personas no se puede declarar con una predenuncia.

elsewhere-emergency-title = Llame ahora a los servicios de emergencia
elsewhere-emergency-body = En caso de peligro inmediato, no use este servicio: llame al 17 o al 112. Si no puede hablar, envíe un SMS al 114.
elsewhere-emergency-next = Cuando esté a salvo, podrá volver para declarar los hechos.
elsewhere-known-perpetrator-title = Acuda a la comisaría o a la Gendarmería
elsewhere-known-perpetrator-body = La predenuncia en línea es solo para hechos cuyo autor es desconocido. Si conoce al autor, presente la denuncia directamente en una comisaría (commissariat) o en una unidad de la Gendarmería (brigade de gendarmerie), o escriba al fiscal (procureur de la République) del tribunal (tribunal judiciaire) del lugar de los hechos.
elsewhere-known-perpetrator-next = Lleve un documento de identidad y todo documento útil (fotos, facturas, mensajes).
elsewhere-violence-title = Pida ayuda a un servicio especializado
elsewhere-violence-body = La violencia contra las personas no se puede declarar con una predenuncia en línea. Acuda a una comisaría (commissariat) o a una unidad de la Gendarmería (brigade de gendarmerie), donde le atenderán. Para que le escuchen y le aconsejen, puede llamar a los teléfonos que aparecen abajo.
elsewhere-violence-next = Si ha sufrido lesiones, vaya al médico: un certificado médico será útil para su denuncia.
elsewhere-internet-scam-title = Use el servicio específico para las estafas en internet
elsewhere-internet-scam-body = Las estafas cometidas en internet (anuncio falso, tienda en línea falsa, chantaje en línea, suplantación de identidad o phishing) se declaran en el servicio en línea específico THESEE, al que se accede desde service-public.fr. Para un pago fraudulento con tarjeta en internet, use el servicio Perceval.
elsewhere-internet-scam-next = Bloquee su tarjeta (faire opposition) sin esperar, llamando a su banco, y guarde todas las pruebas (capturas de pantalla, mensajes, extractos).

## Declarante
declarant-title = ¿Para quién hace esta declaración?
declarant-myself = Para mí
declarant-myself-hint = Usted es la víctima.
declarant-minor-child = Para mi hijo o hija menor de edad
declarant-minor-child-hint = Usted es su padre, su madre o su representante legal.
declarant-organisation = Para una empresa o una asociación
declarant-organisation-hint = Usted la representa.

## Identidad
identity-title = Su identidad y sus datos de contacto
identity-intro = Estos datos permiten al servicio ponerse en contacto con usted y figurarán en su denuncia.
identity-you-legend = Usted
identity-declarant-legend = Usted, como declarante
identity-child-legend = El niño o la niña
identity-organisation-legend = La empresa o la asociación
identity-organisation-name = Razón social
identity-organisation-siret = Número SIRET (opcional)
identity-organisation-siret-hint = 14 cifras (número de identificación de empresas en Francia).
identity-organisation-role = Su cargo
identity-surname = Apellidos
identity-given-names = Nombre o nombres de pila
identity-birth-date = Fecha de nacimiento
identity-birth-place = Lugar de nacimiento
identity-birth-place-hint = Municipio y país.
identity-address-legend = Dirección
identity-address = Número y calle
identity-postcode = Código postal
identity-town = Municipio
identity-country = País (opcional)
identity-country-hint = Si no vive en Francia.
identity-contact-legend = Para contactar con usted
identity-email = Dirección de correo electrónico
identity-email-hint = Le enviaremos ahí la confirmación y su referencia.
identity-phone = Número de teléfono (opcional)
identity-phone-hint = El servicio podrá llamarle para fijar la cita.

## Cuándo
when-title = ¿Cuándo ocurrieron los hechos?
when-mode-legend = ¿Conoce la fecha exacta?
when-mode-exact = Sí, conozco la fecha
when-mode-range = No, solo conozco un periodo
when-exact-heading = Si conoce la fecha
when-date = Fecha
when-time = Hora (opcional)
when-time-hint = Déjelo vacío si no conoce la hora. Por ejemplo: 14:30.
when-range-heading = Si solo conoce un periodo
when-from = Entre el
when-to = Y el

## Lugar
place-title = ¿Dónde ocurrieron los hechos?
place-kind-legend = Tipo de lugar
place-kind-street = En la calle o en un lugar público
place-kind-home = En mi domicilio
place-kind-vehicle = Dentro o encima de un vehículo
place-kind-transport = En el transporte público o en una estación
place-kind-business = En una tienda, un restaurante u otro establecimiento
place-kind-work = En mi lugar de trabajo o de estudios
place-kind-other = En otro lugar
place-address = Dirección o punto de referencia (opcional)
place-address-hint = Por ejemplo: 12 rue de la République, o «delante de la estación».
place-postcode = Código postal
place-town = Municipio
place-details = Detalles (opcional)
place-details-hint = Línea de autobús o de metro, nombre de la tienda, planta…

## Hechos
facts-title = ¿Qué pasó?
facts-offence-legend = Tipo de hechos
offence-theft = Un robo
offence-theft-hint = Bolso, bicicleta u objeto sustraído sin violencia.
offence-pickpocketing = Un robo por carterista
offence-pickpocketing-hint = Cartera o teléfono sustraído de un bolsillo o de un bolso.
offence-theft-from-vehicle = Un robo en un vehículo
offence-theft-from-vehicle-hint = Objetos sustraídos del interior de un coche.
offence-burglary = Un robo en vivienda o local
offence-burglary-hint = Vivienda, trastero, garaje o local profesional.
offence-vehicle-theft = Un robo de vehículo
offence-vehicle-theft-hint = Coche, moto o ciclomotor.
offence-damage = Daños o vandalismo
offence-damage-hint = Pintadas, cristal roto, vehículo dañado.
offence-card-fraud = El uso fraudulento de mi tarjeta bancaria
offence-card-fraud-hint = Pagos o retiradas de dinero que usted no hizo, fuera de internet.
offence-scam = Una estafa fuera de internet
offence-scam-hint = Falso agente, falso vendedor a domicilio, cheque falso.
offence-internet-scam = Una estafa en internet
offence-internet-scam-hint = Anuncio falso, sitio falso, phishing: existe un servicio específico.
facts-account = Describa lo que pasó
facts-account-hint = Cuéntelo con sus propias palabras, en orden: lo que estaba haciendo, lo que observó, lo que se llevaron o dañaron.

## Objetos
items-title-empty = Objetos robados o dañados
items-title = Sus objetos
items-add-first = ¿Quiere declarar un objeto robado o dañado?
items-add-another = ¿Quiere añadir otro objeto?
items-hint = Teléfono, vehículo, tarjeta bancaria, documento de identidad o cualquier otro objeto.
item-kind-title = ¿Qué tipo de objeto?
item-kind-phone = Un teléfono móvil
item-kind-vehicle = Un vehículo
item-kind-bank-card = Una tarjeta bancaria
item-kind-identity-document = Un documento de identidad
item-kind-other = Otro objeto
item-title-phone = El teléfono
item-title-vehicle = El vehículo
item-title-bank-card = La tarjeta bancaria
item-title-identity-document = El documento de identidad
item-title-other = El objeto
item-save = Guardar este objeto
item-brand = Marca
item-model-optional = Modelo (opcional)
item-imei = Número IMEI (opcional)
item-imei-hint = 15 cifras, en la caja o en la factura. Permite bloquear el teléfono.
item-vehicle-warning = Atención: mientras su denuncia no esté firmada, usted sigue siendo responsable de este vehículo, incluidas las infracciones cometidas con él. Firme su denuncia lo antes posible.
item-plate = Matrícula
item-plate-hint = Por ejemplo: AB-123-CD.
item-colour = Color (opcional)
item-bank = Banco
item-last-digits = 4 últimas cifras de la tarjeta
item-last-digits-hint = No escriba nunca el número completo de su tarjeta.
item-blocked = ¿Ha bloqueado esta tarjeta (faire opposition)?
item-blocked-hint = Si no lo ha hecho, llame sin esperar a su banco o al 0 892 705 705.
item-fraudulent = ¿Se hicieron pagos o retiradas de dinero sin su conocimiento?
item-amount = Importe total (opcional)
item-amount-hint = En euros, por ejemplo 120,50.
item-card-blocked = tarjeta bloqueada
item-card-not-blocked = tarjeta no bloqueada
item-card-fraud = pagos fraudulentos
item-card-fraud-amount = pagos fraudulentos: { $amount }
item-document = Tipo de documento
document-identity-card = Documento nacional de identidad (carte nationale d’identité)
document-passport = Pasaporte
document-residence-permit = Permiso de residencia (titre de séjour)
document-driving-licence = Permiso de conducir
item-document-number = Número del documento (opcional)
item-document-number-hint = Figura en una fotocopia o en el justificante de la solicitud.
item-description = Descripción
item-description-hint = Por ejemplo: ordenador portátil gris, bicicleta azul.
item-serial = Número de serie (opcional)
item-value = Valor estimado (opcional)

## Autor y testigos
perpetrator-title = El autor de los hechos
perpetrator-seen = ¿Puede describir a la persona o las personas?
perpetrator-seen-yes = Sí, puedo dar una descripción
perpetrator-seen-no = No, no lo sé
perpetrator-description = Descripción (si ha respondido que sí)
perpetrator-description-hint = Número de personas, aspecto, ropa, vehículo, dirección en la que se fueron.
witnesses-title = Los testigos
witnesses-any = ¿Alguien fue testigo de los hechos?
witnesses-details = Testigos (si ha respondido que sí)
witnesses-details-hint = Nombre y forma de contactar con ellos, y lo que vieron.

## Servicio y cita
unit-title = ¿Dónde desea firmar su denuncia?
unit-intro = Elija la comisaría (commissariat) o la unidad de la Gendarmería (brigade de gendarmerie) a la que irá a firmar. Ese servicio se pondrá en contacto con usted para fijar la cita.
unit-search = Buscar por código postal, departamento (département) o municipio
unit-search-hint = Por ejemplo: 69003, 13 o Rennes.
unit-search-button = Buscar
unit-results = { $count ->
    [one] 1 servicio encontrado.
   *[other] { $count } servicios encontrados.
}
unit-no-results = No se ha encontrado ningún servicio: pruebe con el número del departamento o con un municipio cercano.
unit-choose = Elija un servicio
unit-kind-police = Policía Nacional (Police nationale)
unit-kind-gendarmerie = Gendarmería Nacional (Gendarmerie nationale)
appointment-title = Su disponibilidad para la cita
appointment-intro = El servicio le propondrá una cita para firmar. Indique lo que le conviene.
appointment-days = Días que le convienen (opcional)
appointment-days-hint = Marque todos los días posibles. Si no marca ninguno, entendemos que le conviene cualquier día.
appointment-any-day = Cualquier día
day-mon = Lunes
day-tue = Martes
day-wed = Miércoles
day-thu = Jueves
day-fri = Viernes
day-sat = Sábado
appointment-time = Momento del día
time-of-day-any = Me da igual
time-of-day-morning = Por la mañana
time-of-day-afternoon = Por la tarde
time-of-day-evening = A última hora de la tarde
appointment-needs = Necesidades especiales (opcional)
appointment-needs-hint = Intérprete, acceso en silla de ruedas, acompañamiento…

## Revisión
check-title = Revise sus respuestas antes de enviar
check-section-you = Usted
check-section-facts = Los hechos
check-section-follow-up = Siguientes pasos
check-declarant = Declaración hecha
check-organisation = Empresa o asociación
check-child = Niño o niña
check-name = Nombre
check-birth = Nacimiento
check-address = Dirección
check-contact = Datos de contacto
check-when = Fecha
check-when-exact-time = { $date } a las { $time }
check-when-range = entre el { $from } y el { $to }
check-place = Lugar
check-offence = Tipo de hechos
check-account = Relato
check-items = Objetos
check-no-items = Ningún objeto declarado
check-perpetrator = Autor
check-witnesses = Testigos
check-unit = Lugar de firma
check-appointment = Disponibilidad
check-send-title = Enviar su predenuncia
check-send-body = Al enviar esta predenuncia, usted se compromete a firmarla en un plazo de 30 días en el servicio elegido. Una declaración falsa está castigada por la ley (artículo 434-26 del Code pénal, el Código Penal francés).
check-declaration-legend = Declaración jurada
check-declaration = Certifico que los datos facilitados son exactos.
check-send-button = Enviar la predenuncia

## Confirmación
confirmation-title = Predenuncia enviada
confirmation-reference-label = Su referencia:
confirmation-sent-on = Enviada el { $date }.
confirmation-email = Le hemos enviado un correo electrónico de confirmación. Guarde esta referencia: se la pedirán.
confirmation-next-title = Siguiente paso: firmar su denuncia
confirmation-deadline = Debe firmar su denuncia a más tardar el { $date } (30 días). Sin firma, la predenuncia se borrará.
confirmation-next-body = El servicio elegido se pondrá en contacto con usted para fijar una cita:
confirmation-bring-title = Qué llevar a la cita
confirmation-bring-reference = su referencia de predenuncia;
confirmation-bring-identity = un documento de identidad (y, para una empresa, un extracto Kbis, su certificado de inscripción en el registro mercantil, o un poder);
confirmation-bring-proof = los justificantes de los objetos (facturas, fotos, números de serie);
confirmation-bring-bank = para una tarjeta bancaria, el extracto con las operaciones que usted no reconoce.
confirmation-print = Puede imprimir esta página como justificante (Ctrl+P o ⌘+P).

## Correo electrónico
email-received-subject = Hemos recibido su predenuncia { $reference }
email-greeting = Buenos días:
email-received-intro = Su predenuncia se ha registrado. La examinará un agente.
email-emergency = En caso de urgencia, llame al 17 o al 112, o envíe un SMS al 114. No responda a este mensaje.
email-signature = El servicio Plainte en ligne

## Espacio de agentes
agent-sign-in-title = Espacio de agentes: inicio de sesión
agent-sign-in-intro = Reservado a los agentes de la Policía Nacional y de la Gendarmería Nacional. Cada inicio de sesión queda registrado.
agent-email = Dirección de correo electrónico profesional
agent-password = Contraseña
agent-sign-in-button = Iniciar sesión
agent-code-title = Código de verificación
agent-code = Código de 6 cifras
agent-code-hint = El que muestra su aplicación de autenticación.
agent-code-button = Validar
agent-enrol-title = Activar la verificación en dos pasos
agent-enrol-intro = Escanee este código con su aplicación de autenticación y después escriba el código de 6 cifras que muestra.
agent-enrol-qr-label = Código QR para escanear con la aplicación de autenticación
agent-enrol-manual = Si no puede escanear el código, escriba esta clave en la aplicación:
agent-enrol-button = Activar y continuar
agent-error-credentials = Dirección de correo electrónico o contraseña incorrecta.
agent-error-too-many = Demasiados intentos. Vuelva a intentarlo dentro de 15 minutos.
agent-error-code = Este código no es válido. Compruebe la hora de su teléfono y vuelva a intentarlo.
agent-error-code-used = Este código ya se ha utilizado. Espere al siguiente código.
agent-sign-out = Cerrar sesión
agent-nav-label = Espacio de agentes
agent-nav-queue = Cola de tramitación
agent-nav-statistics = Estadísticas
agent-nav-admin = Administración
role-agent = Agente
role-supervisor = Supervisor
role-admin = Administrador
agent-queue-title = Cola de tramitación
agent-queue-counts = Expedientes por estado
agent-take-next = Tomar el siguiente expediente
agent-filter-status = Estado
agent-filter-category = Categoría
agent-filter-from = Llegado a partir del
agent-filter-to = Llegado hasta el
agent-filter-any = Todos
agent-filter-button = Filtrar
agent-queue-shown = { $count ->
    [one] 1 expediente mostrado.
   *[other] { $count } expedientes mostrados.
}
agent-queue-empty = Ningún expediente coincide.
agent-queue-nothing-to-claim = No hay ningún expediente nuevo que tomar.
agent-queue-next-page = Expedientes siguientes
agent-queue-first-page = Volver al principio de la cola
agent-queue-pages = Páginas de la cola
agent-col-reference = Referencia
agent-col-category = Categoría
agent-col-status = Estado
agent-col-priority = Prioridad
agent-col-age = Llegado hace
agent-col-owner = A cargo de
agent-priority-high = Alta
agent-priority-normal = Normal
agent-back-to-queue = Volver a la cola
duration-minutes = { $count ->
    [one] 1 minuto
   *[other] { $count } minutos
}
duration-hours = { $count ->
    [one] 1 hora
   *[other] { $count } horas
}
duration-days = { $count ->
    [one] 1 día
   *[other] { $count } días
}
category-pre-complaint = Predenuncia
category-complaint = Denuncia en línea
category-discrimination = Discriminación
category-violence = Violencias sexuales y sexistas
status-new = Nuevo
status-in-review = En examen
status-appointment-proposed = Cita propuesta
status-appointment-booked = Cita fijada
status-signed = Firmado
status-converted-to-complaint = Convertido en denuncia
status-referred = Derivado
status-more-information-requested = Información solicitada
status-rejected = Rechazado
status-closed = Cerrado
referral-other-unit = Otro servicio
referral-defenseur-des-droits = El Défenseur des droits (institución francesa de defensa de los derechos)
referral-prosecutor = El fiscal (procureur de la République)

## Página del expediente
case-title = Expediente { $reference }
case-submitted = Enviado el
case-language = Idioma del declarante
case-sign-by = Firmar a más tardar el { $date } (dentro de { $days } días).
case-sign-by-passed = El plazo de firma venció el { $date }.
case-action-claim = Hacerse cargo
case-action-release = Devolver a la cola
case-action-propose-appointment = Proponer estas franjas horarias
case-action-book-appointment = Reservar la cita
case-action-mark-signed = Denuncia firmada
case-action-convert-to-complaint = Convertir en denuncia
case-action-refer = Derivar
case-action-request-information = Solicitar información
case-action-information-received = Información recibida
case-action-reject = Rechazar
case-action-close = Cerrar
case-refer-to = Derivar a
case-refer-note = Nota para el servicio destinatario (opcional)
case-reject-reason = Motivo del rechazo (se comunica al declarante)
case-slots-title = Proponer citas para la firma
case-slots-hint = Hasta tres franjas horarias, antes de que termine el plazo de firma. El declarante elige una mediante un enlace que recibe por correo electrónico.
case-slot-n = Franja { $n }
case-slots-offered = Franjas propuestas
case-slot-chosen = elegida por el declarante
case-assign-to = Asignar a
case-assign = Asignar el expediente
case-note-label = Nota interna
case-note-hint = El declarante nunca la ve.
case-note-button = Añadir la nota
case-message-label = Mensaje al declarante
case-message-hint = Se envía por correo electrónico en su idioma. Escriba solo lo que pueda leer sin riesgo.
case-message-button = Enviar el mensaje
case-messages-title = Mensajes con el declarante
case-messages-empty = Ningún mensaje.
case-notes-title = Notas internas
case-notes-empty = Ninguna nota.
case-history-title = Historial
case-history-empty = Ningún cambio.
case-history-line = { $action }: { $from } → { $to }
case-answers-title = Declaración
case-error-already-claimed = Otra persona ya se ha hecho cargo de este expediente.
case-error-changed = Otra persona acaba de modificar este expediente. Este es su estado actual.
case-error-deadline-passed = El plazo de firma de 30 días ha vencido.
case-error-forbidden = Su rol no permite esta acción.
case-error-not-allowed = Esta acción no es posible en el estado actual del expediente.
case-error-not-claimed = Nadie se ha hecho cargo de este expediente.
case-error-not-owner = Solo el agente que se hizo cargo de este expediente puede hacerlo.
case-error-reason-required = Indique el motivo.
case-error-reason-too-long = El motivo es demasiado largo (1000 caracteres como máximo).
case-error-slot-format = Escriba una fecha y una hora, por ejemplo 03/12/2026 10:30.
case-error-slot-past = Esta franja ya ha pasado.
case-error-slot-after-deadline = Esta franja supera el plazo de firma.
case-error-slot-none = Proponga al menos una franja.
case-error-assign = Este expediente no se puede asignar a esta persona.
error-required-note-body = Escriba la nota.
error-required-message-body = Escriba el mensaje.
error-required-name = Escriba el nombre.

## Elección de la cita (ciudadano)
slot-title = Elegir su cita
slot-intro = Para firmar su predenuncia { $reference }, elija una de las franjas horarias que le propone el servicio.
slot-legend = Franjas disponibles
slot-button = Confirmar esta cita
slot-booked-title = Cita confirmada
slot-booked-body = Su cita está fijada para el { $when }. Lleve su referencia y un documento de identidad.
slot-gone-title = Este enlace ya no funciona
slot-gone-body = La cita ya se ha elegido, o el plazo ha vencido. Póngase en contacto con el servicio indicado en su correo electrónico.
email-message-subject = Mensaje sobre su declaración { $reference }
email-message-intro = Un agente que tramita su declaración { $reference } le escribe:
email-slots-subject = Elija su cita para la firma ({ $reference })
email-slots-intro = Para firmar su predenuncia { $reference }, el servicio le propone las siguientes franjas horarias:
email-slots-choose = Elija su franja siguiendo este enlace:

## Estadísticas y administración
stats-title = Estadísticas del servicio
stats-export = Descargar estas cifras (CSV)
stats-weeks-title = Plazo hasta que se toma el expediente, por semana
stats-week = Semana
stats-submitted = Recibidos
stats-claimed = Tomados
stats-median = Plazo mediano
stats-p90 = El 90 % se toma en menos de
stats-by-category = Por categoría
stats-by-status = Por estado
admin-title = Administración de cuentas
admin-name = Nombre
admin-role = Rol
admin-unit = Servicio
admin-unit-hint = Código del servicio, por ejemplo PN-69-LYON-01. No se aplica a un administrador.
admin-state = Estado
admin-actions = Acciones
admin-state-active = Activa
admin-state-not-enrolled = Verificación en dos pasos pendiente de activar
admin-state-disabled = Desactivada
admin-disable = Desactivar
admin-add-title = Crear una cuenta
admin-add-intro = Se genera una contraseña que se muestra una sola vez: comuníquesela al agente por un canal seguro.
admin-add-button = Crear la cuenta
admin-created = Cuenta creada:
admin-password-once = Contraseña (se muestra una sola vez):
admin-error-unit = Ningún servicio activo tiene este código.
admin-error-taken = Ya existe una cuenta con esta dirección.

# A session that ends after a time without action (follow-up, agent workspace)
session-limit = Por su seguridad, esta sesión se cierra tras { $minutes } minutos sin ninguna acción. Si no hace nada, se cerrará a las { $time }. Cualquier acción, o el botón de abajo, le da { $minutes } minutos más.
session-keep-button = Mantener mi sesión abierta
