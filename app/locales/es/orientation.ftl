# Orientación (preguntas y destinos), páginas de información, teléfonos de ayuda.
# Palabras sencillas para personas que pueden estar en estado de shock: frases cortas, sin jerga.

## Página de inicio y pie de página

orientation-home-title = ¿Qué ha pasado? Encuentre el trámite adecuado
orientation-home-body = Responda a unas preguntas breves. Le indicaremos cómo informar de los hechos, o a quién llamar. Sus respuestas no se guardan.
orientation-home-start = Empezar
orientation-home-direct = Ir directamente a un trámite
orientation-home-complaint-title = Presentar una denuncia totalmente en línea
orientation-home-complaint-body = Para los mismos delitos que una predenuncia (pré-plainte), si puede demostrar su identidad con FranceConnect. Sin desplazarse a la comisaría.
orientation-home-discrimination-title = Informar de una discriminación
orientation-home-discrimination-body = Si le han tratado peor por su origen, su sexo, una discapacidad, su edad, su religión u otro motivo.
orientation-home-internet-title = Informar de una estafa en internet
orientation-home-internet-body = Anuncios falsos, tiendas en línea falsas, suplantación de identidad (phishing), o pagos en internet con su tarjeta que usted no hizo.
orientation-home-support-title = Ayuda y apoyo
orientation-home-support-body = Teléfonos gratuitos para hablar con alguien, de día y de noche, y formas de informar de violencias, incluidas las sexuales.
orientation-home-ddd-title = Un problema con un servicio público
orientation-home-ddd-body = El Défenseur des droits, una autoridad independiente, puede ayudarle de forma gratuita.
orientation-home-all-numbers = Todos los teléfonos y sus horarios
orientation-footer-start = Encontrar el trámite adecuado
orientation-find-procedure = ¿No sabe qué hacer? Encuentre el trámite adecuado
orientation-restart = Empezar de nuevo con otras respuestas

## Preguntas

orientation-q-danger-title = ¿Hay alguien en peligro en este momento?
orientation-q-danger-hint = Por ejemplo, una persona está herida o amenazada, o el autor sigue cerca.
orientation-a-danger-yes = Sí, alguien está en peligro en este momento
orientation-a-danger-no = No, nadie está en peligro en este momento
orientation-error-danger = Indique si alguien está en peligro en este momento.

orientation-q-what-title = ¿Qué ha pasado?
orientation-q-what-hint = Si han pasado varias cosas, elija la más grave.
orientation-a-what-property = Me han robado o dañado algo, o me han estafado dinero
orientation-a-what-property-hint = Robo, robo en vivienda, daños o vandalismo, uso fraudulento de mi tarjeta bancaria, estafa
orientation-a-what-violence = Alguien me ha golpeado, herido o amenazado
orientation-a-what-violence-hint = Violencia física o amenazas, por parte de un desconocido o de una persona que conozco
orientation-a-what-sexual-violence = Violencia sexual o sexista
orientation-a-what-sexual-violence-hint = Acoso sexual, agresión sexual, violación, insultos o comportamientos sexistas – contra mí o contra otra persona
orientation-a-what-discrimination = Me han tratado peor por lo que soy
orientation-a-what-discrimination-hint = Discriminación: por mi origen, mi sexo, una discapacidad, mi edad, mi religión, mi orientación sexual, mi estado de salud, mi lugar de residencia…
orientation-a-what-public-service = Un servicio público me ha tratado injustamente
orientation-a-what-public-service-hint = Un problema con una administración o un servicio público, por ejemplo la administración tributaria (les impôts), la CAF, France Travail o un hospital público
orientation-a-what-other = Otra cosa
orientation-a-what-other-hint = Ninguna de estas respuestas corresponde a lo que pasó
orientation-error-what = Elija lo que pasó.

orientation-q-internet-title = ¿Ocurrieron los hechos en internet?
orientation-q-internet-hint = Por ejemplo, un anuncio falso o un sitio falso, un mensaje que le pide sus datos bancarios, o pagos en internet con su tarjeta.
orientation-a-internet-yes = Sí, en internet
orientation-a-internet-no = No, fuera de internet
orientation-error-internet = Indique si los hechos ocurrieron en internet.

orientation-q-known-title = ¿Sabe quién es el autor?
orientation-q-known-hint = Por ejemplo, sabe su nombre, o podría decir dónde encontrarlo.
orientation-a-known-yes = Sí, sé quién es el autor
orientation-a-known-no = No, no sé quién es el autor
orientation-error-known = Indique si sabe quién es el autor.

orientation-q-identity-title = ¿Puede demostrar su identidad en línea con FranceConnect?
orientation-q-identity-hint = FranceConnect le permite conectarse a los servicios públicos con una cuenta que ya tiene, por ejemplo en impots.gouv.fr o ameli.fr, o con la aplicación Identité Numérique La Poste.
orientation-a-identity-yes = Sí, puedo usar FranceConnect
orientation-a-identity-no = No, no puedo usarlo
orientation-a-identity-not-sure = No lo sé
orientation-error-identity = Indique si puede usar FranceConnect.

## Destinos

orientation-dest-emergency-title = Llame ahora a los servicios de emergencia
orientation-dest-emergency-lead = Si usted u otra persona está en peligro, llame ahora. Estas llamadas son gratuitas, de día y de noche.
orientation-dest-emergency-safe = Cuando esté a salvo, podrá volver a este sitio para informar de lo que pasó.

orientation-dest-pre-complaint-title = Hacer una predenuncia en línea
orientation-dest-pre-complaint-lead = La predenuncia (pré-plainte) corresponde a su situación. Usted describe los hechos en línea y después firma su denuncia en la comisaría (commissariat) o en la unidad de la Gendarmería (brigade de gendarmerie) que elija.
orientation-dest-pre-complaint-body = Calcule unos 15 minutos. La comisaría o la unidad de la Gendarmería que elija se pondrá en contacto con usted para fijar una cita. Debe firmar en un plazo de 30 días.
orientation-dest-pre-complaint-action = Empezar mi predenuncia

orientation-dest-online-complaint-title = Presentar una denuncia en línea
orientation-dest-online-complaint-lead = Como puede demostrar su identidad con FranceConnect, puede presentar su denuncia totalmente en línea, sin desplazarse a la comisaría o a la Gendarmería.
orientation-dest-online-complaint-body = Usted se conecta con FranceConnect, describe los hechos y envía su denuncia. Su denuncia se conserva 6 meses.
orientation-dest-online-complaint-action = Empezar mi denuncia en línea
orientation-dest-online-complaint-other-title = Si FranceConnect no le funciona
orientation-dest-online-complaint-other = Puede hacer en su lugar una predenuncia (pré-plainte) y firmarla en la comisaría o en la unidad de la Gendarmería que elija.
orientation-dest-online-complaint-other-link = Hacer una predenuncia

orientation-dest-discrimination-title = Informar de una discriminación
orientation-dest-discrimination-lead = Tratar peor a una persona por su origen, su sexo, una discapacidad, su edad, su religión u otro motivo previsto en la ley es una discriminación. Está prohibido por la ley. Tiene dos formas de actuar, y puede usar las dos.
orientation-dest-discrimination-police-title = Informar a la Policía y a la Gendarmería
orientation-dest-discrimination-police = Describa los hechos en este portal. Un agente lee su aviso y se pone en contacto con usted. Puede dar lugar a una denuncia y a una investigación.
orientation-dest-discrimination-action = Informar de una discriminación
orientation-dest-discrimination-ddd-title = O ponerse en contacto con el Défenseur des droits
orientation-dest-discrimination-ddd = El Défenseur des droits es una autoridad pública independiente. Su ayuda es gratuita. Puede aconsejarle, buscar una solución amistosa y acompañarle si acude a los tribunales.

orientation-dest-support-title = Ayuda y apoyo
orientation-dest-support-lead = No está solo ni sola, y lo que pasó no es culpa suya. Hay personas para escucharle, de forma gratuita, tanto si le ha pasado a usted como a alguien cercano.
orientation-dest-support-talk-title = Hablar con alguien
orientation-dest-support-report-title = Informar de lo que pasó
orientation-dest-support-report = En la plataforma nacional que aparece abajo, puede escribir en un chat con un policía o un gendarme, en cualquier momento, sin dar su nombre. Puede aconsejarle y ayudarle a presentar una denuncia.

orientation-dest-internet-title = Informar de una estafa en internet
orientation-dest-internet-lead = Las estafas y los fraudes con tarjeta bancaria en internet los tramitan servicios en línea específicos, no una predenuncia.
orientation-dest-internet-scam-title = Una estafa en internet
orientation-dest-internet-scam = Anuncios falsos, tiendas en línea falsas, chantaje, inversiones falsas, suplantación de identidad (phishing): infórmelo en THESEE, el servicio en línea de la Policía y la Gendarmería para las estafas en internet. Lo encontrará en service-public.fr.
orientation-dest-internet-card-title = Pagos con su tarjeta que usted no hizo
orientation-dest-internet-card = Si los datos de su tarjeta se usaron en internet mientras usted sigue teniendo la tarjeta, infórmelo en Perceval, el servicio en línea para los fraudes con tarjeta bancaria. También lo encontrará en service-public.fr.
orientation-dest-internet-site-title = Un sitio web o un mensaje fraudulento
orientation-dest-internet-site = Para informar de un sitio web, un anuncio o un mensaje contrario a la ley, use el servicio oficial de notificación:
orientation-dest-internet-now = Póngase en contacto enseguida con su banco para bloquear su tarjeta. Guarde todas las pruebas: capturas de pantalla, mensajes, correos electrónicos y extractos bancarios.

orientation-dest-defenseur-des-droits-title = Ponerse en contacto con el Défenseur des droits
orientation-dest-defenseur-des-droits-lead = Cuando un servicio público le trata injustamente, el Défenseur des droits puede ayudarle. Es una autoridad pública independiente, y su ayuda es gratuita.
orientation-dest-defenseur-des-droits-body = Se ocupa de los problemas con los servicios públicos (por ejemplo la administración tributaria, la CAF, France Travail o un hospital público), de las discriminaciones, de los derechos del niño y del comportamiento de las fuerzas de seguridad. Intente primero resolver el problema con el servicio afectado, y guarde una copia de sus cartas y correos electrónicos.

orientation-dest-station-known-author-title = Acuda a la comisaría o a la Gendarmería
orientation-dest-station-known-author-lead = Su situación se trata en persona. Un agente le escuchará y registrará su denuncia.
orientation-dest-station-known-author-reason = Por qué: usted sabe quién es el autor. La predenuncia en línea es solo para hechos cuyo autor es desconocido. También puede escribir al fiscal (procureur de la République).
orientation-dest-station-violence-title = Acuda a la comisaría o a la Gendarmería
orientation-dest-station-violence-lead = La violencia y las amenazas se tratan en persona, para que un agente pueda escucharle y protegerle si hace falta.
orientation-dest-station-violence-reason = Por qué: la violencia y las amenazas contra una persona no se pueden comunicar en línea en este portal. Si ha sufrido lesiones, vaya al médico: un certificado médico ayudará a su denuncia.
orientation-dest-station-other-title = Acuda a la comisaría o a la Gendarmería
orientation-dest-station-other-lead = Un agente le escuchará y le dirá qué puede hacer.
orientation-dest-station-other-reason = Por qué: este portal todavía no cubre su situación.
orientation-station-any = Puede acudir a cualquier comisaría (commissariat) o unidad de la Gendarmería (brigade de gendarmerie). Deben recoger su denuncia, aunque los hechos ocurrieran en otro lugar.
orientation-station-bring = Lleve un documento de identidad y todo lo que pueda ayudar: fotos, mensajes, tiques de compra, nombres de los testigos.

orientation-ddd-phone = Por teléfono:
orientation-ddd-hours = (de 9:00 a 18:00)
orientation-ddd-chat = Por chat, para las discriminaciones:
orientation-ddd-website = En su sitio web:

## Teléfonos de ayuda

helpline-17-name = Emergencias de Policía y Gendarmería
helpline-17-hours = 24 horas al día, 7 días a la semana. Gratuito.
helpline-112-name = Número europeo de emergencias, desde cualquier teléfono en Europa
helpline-112-hours = 24 horas al día, 7 días a la semana. Gratuito.
helpline-15-name = Emergencias médicas (SAMU)
helpline-15-hours = 24 horas al día, 7 días a la semana. Gratuito.
helpline-18-name = Bomberos (sapeurs-pompiers)
helpline-18-hours = 24 horas al día, 7 días a la semana. Gratuito.
helpline-114-name = Emergencias por SMS, si no puede hablar u oír, o si no puede hablar porque hay alguien cerca de usted
helpline-114-hours = Por SMS, 24 horas al día, 7 días a la semana. Gratuito.
helpline-3919-name = Violences Femmes Info: escucha y consejo para las mujeres víctimas de violencia y su entorno
helpline-3919-hours = 24 horas al día, 7 días a la semana. Gratuito y anónimo.
helpline-119-name = Allô Enfance en danger: para niños y adolescentes en peligro, y para los adultos preocupados por ellos
helpline-119-hours = 24 horas al día, 7 días a la semana. Gratuito, y la llamada no aparece en la factura del teléfono.
helpline-116006-name = France Victimes: ayuda a las víctimas de cualquier delito
helpline-116006-hours = 7 días a la semana, de 9:00 a 19:00. Gratuito.
helpline-3018-name = Violencia en internet: ciberacoso, amenazas, imágenes íntimas difundidas sin consentimiento
helpline-3018-hours = Gratuito, anónimo y confidencial.
helpline-3928-name = Défenseur des droits (defensa de los derechos): discriminaciones y problemas con los servicios públicos
helpline-3928-hours = De 9:00 a 18:00.

## Páginas de información

guide-more-title = Información útil
guide-pre-complaint-start = Empezar una predenuncia

guide-pre-complaint-title = Cómo funciona la predenuncia
guide-pre-complaint-lead = La predenuncia (pré-plainte) le permite empezar su denuncia en línea, para pasar menos tiempo en la comisaría o en la Gendarmería.
guide-pc-declare-title = 1. Usted describe los hechos, en línea
guide-pc-declare-body = Indica cuándo y dónde ocurrieron los hechos, qué le robaron o dañaron, y cómo contactar con usted. Calcule unos 15 minutos, a cualquier hora del día o de la noche.
guide-pc-unit-title = 2. Usted elige dónde firmar
guide-pc-unit-body = Elige la comisaría (commissariat) o la unidad de la Gendarmería (brigade de gendarmerie) donde quiere firmar, y los días y horarios que le convienen.
guide-pc-contact-title = 3. El servicio se pone en contacto con usted
guide-pc-contact-body = Un agente lee su predenuncia y se pone en contacto con usted, por correo electrónico o por teléfono, para proponerle una cita.
guide-pc-sign-title = 4. Usted firma su denuncia en un plazo de 30 días
guide-pc-sign-body = Su denuncia solo existe cuando la firma en la comisaría o en la unidad de la Gendarmería. Lleve su documento de identidad y su referencia.
guide-pc-sign-lapse = Si no firma en un plazo de 30 días, la predenuncia se anula y sus datos se borran.
guide-pc-covers-title = Para qué sirve la predenuncia
guide-pc-covers-body = Para los delitos contra sus bienes, cuando no sabe quién es el autor:
guide-pc-covers-theft = robo o hurto, incluido el carterismo y el robo en un vehículo
guide-pc-covers-burglary = robo en vivienda
guide-pc-covers-vehicle = robo de vehículo
guide-pc-covers-damage = daños y vandalismo
guide-pc-covers-card = uso fraudulento de su tarjeta bancaria
guide-pc-covers-scam = estafa que no ocurrió en internet
guide-pc-who-title = Quién puede hacerla
guide-pc-who-victim = la víctima
guide-pc-who-parent = el padre, la madre o el representante legal, para un menor de 18 años
guide-pc-who-organisation = el representante de una empresa o de una asociación
guide-pc-not-title = Cuándo no es el trámite adecuado
guide-pc-not-body = Si alguien está en peligro, llame al 17 o al 112. Si sabe quién es el autor, o si hubo violencia contra una persona, acuda a la comisaría o a la Gendarmería. Las estafas en internet tienen su propio servicio en línea.

guide-what-to-bring-title = Qué debe llevar para firmar
guide-what-to-bring-lead = Lleve estos documentos a su cita. Ayudan al agente a registrar su denuncia rápidamente.
guide-bring-always-title = En todos los casos
guide-bring-identity = Un documento de identidad: documento nacional de identidad, pasaporte, permiso de residencia o permiso de conducir.
guide-bring-reference = La referencia de su predenuncia, por ejemplo PP-7K3Q-9MXD-C. Figura en su justificante y en el correo electrónico que recibió.
guide-bring-items-title = Para lo que le robaron o dañaron
guide-bring-items-body = Lleve lo que tenga, aunque esté incompleto:
guide-bring-ownership = pruebas de que los objetos son suyos: facturas, tiques de compra, fotos, cajas o certificados de garantía;
guide-bring-phone = para un teléfono: su número IMEI, que figura en la caja o en la factura (su operador también puede dárselo);
guide-bring-vehicle = para un vehículo: el permiso de circulación (carte grise) y las llaves que le queden;
guide-bring-card = para una tarjeta bancaria: sus extractos de cuenta con los pagos que usted no hizo, y el justificante del bloqueo de la tarjeta;
guide-bring-damage = para daños: fotos, y presupuestos o facturas de reparación.
guide-bring-other-title = Si actúa en nombre de otra persona
guide-bring-other-body = Para un menor de 18 años, lleve un documento que demuestre que es su padre, su madre o su representante legal. Para una empresa o una asociación, lleve un documento que demuestre que puede actuar en su nombre.
guide-bring-missing-title = Si le falta algo
guide-bring-missing-body = Venga de todas formas. Podrá entregar los documentos que faltan más tarde.

guide-data-retention-title = Cuánto tiempo se conservan sus datos
guide-data-retention-lead = Guardamos su información solo el tiempo necesario, y después la borramos definitivamente.
guide-data-periods-title = Plazos de conservación
guide-data-pre-complaint = Una predenuncia que no se firma: se borra 30 días después de enviarla.
guide-data-complaint = Una denuncia en línea: se conserva 6 meses.
guide-data-draft = Un formulario empezado pero no enviado: se borra a los 30 días.
guide-data-signed-title = Una vez firmada su denuncia
guide-data-signed-body = Una denuncia firmada pasa a formar parte de un procedimiento de la Policía o de la Gendarmería. A partir de entonces, sigue las normas de esos expedientes.
guide-data-never-title = Lo que nunca guardamos
guide-data-never-body = No guardamos ni su dirección IP ni el navegador que usa. Este sitio no tiene publicidad ni seguimiento, y no carga nada de otros sitios.
guide-data-deleted-title = Qué significa «borrado»
guide-data-deleted-body = Al final del plazo, sus respuestas se eliminan de nuestra base de datos. Nadie puede recuperarlas, ni siquiera nosotros.

guide-anonymity-title = Informar sin dar su nombre
guide-anonymity-lead = Algunos avisos se pueden hacer sin dar su nombre. Una denuncia, no: necesita su identidad.
guide-anon-records-title = Lo que guarda el portal
guide-anon-records-body = Solo lo que usted escribe en los formularios, y una cookie que desaparece cuando cierra el navegador. Esta cookie sirve para conservar sus respuestas de una página a otra.
guide-anon-not-title = Lo que el portal no guarda
guide-anon-not-ip = su dirección IP ni el navegador que usa;
guide-anon-not-tracking = las páginas que visita: no hay seguimiento ni publicidad;
guide-anon-not-mail = su dirección de correo electrónico, salvo si decide darla.
guide-anon-report-title = A qué puede llevar un aviso anónimo
guide-anon-report-body = Un aviso anónimo lo leen policías o gendarmes. Aun así puede dar lugar a una investigación, por ejemplo cuando varios avisos se refieren a la misma persona o al mismo lugar.
guide-anon-complaint-title = Por qué una denuncia necesita su identidad
guide-anon-complaint-body = Una denuncia inicia un procedimiento judicial en su nombre. La Policía, la Gendarmería y la justicia deben saber quién es usted y cómo localizarle.
guide-anon-complaint-address = Si teme por su seguridad, dígaselo al agente. Puede pedir que se indique la dirección de la comisaría o de la Gendarmería en lugar de su dirección personal.
guide-anon-device-title = En un teléfono o un ordenador compartido
guide-anon-device-body = El historial del navegador puede mostrar las páginas que ha consultado. Use una ventana de navegación privada, o borre el historial después.

guide-support-numbers-title = Teléfonos de emergencia y de ayuda
guide-support-numbers-lead = En caso de urgencia, llame al 17 o al 112. Si no puede hablar, envíe un SMS al 114.
guide-numbers-emergency-title = Emergencias
guide-numbers-support-title = Alguien que le escuche y le ayude
