## Estrutura da página
service-name = Queixa online
skip-to-content = Ir para o conteúdo
language-switch-label = Língua
emergency-banner-label = Números de emergência
emergency-banner-title = Em caso de emergência:
emergency-banner-call = ligue para o
emergency-banner-sms = ou, se não puder falar, envie um SMS para o
footer-home = Página inicial
footer-pre-complaint = Pré-queixa online (pré-plainte)
footer-privacy = Serviço público. Nenhum dado é transmitido a terceiros; este site não instala nenhum rastreador.
back = Voltar
continue = Continuar
change = Alterar
remove = Eliminar
answer-yes = Sim
answer-no = Não
go-home = Voltar à página inicial
step-of = Passo { $step } de { $total }
date-hint = Por exemplo: 27/03/2025
reference-label = Referência { $reference }

## Página inicial
home-title = Apresentar queixa ou denunciar factos
home-lead = Denuncie um crime, encontre o procedimento adequado à sua situação e obtenha ajuda. Alguns procedimentos fazem-se totalmente online, outros na esquadra (commissariat) ou no posto da gendarmerie (brigade de gendarmerie) à sua escolha.
home-pre-complaint-title = Fazer uma pré-queixa online
home-pre-complaint-body = Para um furto, um assalto a casa, danos, uma burla ou o uso fraudulento do seu cartão bancário, quando o autor é desconhecido.
home-emergency-title = Números úteis
number-17 = Polícia e gendarmerie – emergência
number-112 = Número europeu de emergência
number-114 = Emergência por SMS, para pessoas que não podem falar ou ouvir
number-3919 = Violences Femmes Info, gratuito, anónimo, 24 horas por dia
number-119 = Enfance en danger (crianças em perigo), 24 horas por dia
number-116006 = France Victimes, apoio às vítimas, 7 dias por semana

## Problemas
problem-not-found-title = Página não encontrada
problem-not-found-body = O endereço pode estar mal escrito, ou a página já não existe.
problem-bad-request-title = Pedido não compreendido
problem-bad-request-body = O seu navegador enviou um pedido que não conseguimos tratar. Volte atrás e tente de novo.
problem-forbidden-title = Formulário expirado
problem-forbidden-body = Para sua segurança, este formulário já não é válido. Volte atrás, recarregue a página e tente de novo: as respostas já guardadas são mantidas.
problem-too-large-title = Resposta demasiado longa
problem-too-large-body = O formulário enviado é demasiado grande. Encurte o seu texto e tente de novo.
problem-too-many-title = Demasiadas tentativas
problem-too-many-body = Aguarde alguns minutos antes de tentar de novo.
problem-server-error-title = Ocorreu um erro
problem-server-error-body = O serviço teve um problema. As respostas já guardadas são mantidas. Tente de novo daqui a alguns minutos.
problem-unavailable-title = Serviço temporariamente indisponível
problem-unavailable-body = O serviço está temporariamente indisponível. As respostas já guardadas são mantidas. Tente de novo daqui a alguns minutos.
problem-emergency = Em caso de emergência, ligue para o 17 ou o 112, ou envie um SMS para o 114.
session-expired-title = A sua sessão expirou
session-expired-body = Não encontrámos as suas respostas: são apagadas após 30 dias sem atividade, ou o seu navegador recusa cookies. Pode recomeçar a sua declaração.
start-again = Recomeçar

## Erros
error-title-prefix = Erro:
error-summary-title = Há um problema
error-required = Esta informação é obrigatória.
error-too-long = Este texto é demasiado longo.
error-invalid = Esta resposta não é válida.
error-choose = Escolha uma resposta.
error-email = Introduza um endereço de e-mail válido, por exemplo nome@exemplo.fr.
error-phone = Introduza um número de telefone válido, por exemplo 06 12 34 56 78.
error-postcode = Introduza um código postal de 5 algarismos, por exemplo 75011.
error-date = Introduza uma data válida, por exemplo 27/03/2025.
error-date-future = A data não pode ser no futuro.
error-time = Introduza uma hora válida, por exemplo 14:30.
error-range-order = A data de fim tem de ser posterior à data de início.
error-child-not-minor = A criança tem de ter menos de 18 anos.
error-siret = O número SIRET tem 14 algarismos.
error-imei = O IMEI tem 15 algarismos; verifique-o (marque *#06# num telemóvel para o ver).
error-plate = Introduza a matrícula, por exemplo AB-123-CD.
error-last-digits = Introduza os 4 últimos algarismos do cartão.
error-amount = Introduza um montante em euros, por exemplo 120,50.
error-too-many-items = Atingiu o número máximo de objetos: descreva os restantes no seu relato.
error-unit-search = Introduza um código postal, um número de departamento ou o nome de um município.
error-choose-unit = Escolha a esquadra ou o posto da gendarmerie onde vai assinar.
## Erros próprios de um campo (mostrados em vez do erro genérico, quando existem)
error-required-surname = Introduza o seu apelido.
error-required-given-names = Introduza os seus nomes próprios.
error-required-birth-date = Introduza a sua data de nascimento.
error-required-birth-place = Introduza o seu local de nascimento.
error-required-address = Introduza a sua morada.
error-required-postcode = Introduza o código postal.
error-required-town = Introduza o município.
error-required-email = Introduza o seu endereço de e-mail.
error-required-child-surname = Introduza o apelido da criança.
error-required-child-given-names = Introduza os nomes próprios da criança.
error-required-child-birth-date = Introduza a data de nascimento da criança.
error-required-organisation-name = Introduza a denominação social.
error-required-organisation-role = Introduza a sua função.
error-required-date = Introduza a data dos factos.
error-required-from = Introduza o início do período.
error-required-to = Introduza o fim do período.
error-required-account = Descreva o que aconteceu.
error-required-brand = Introduza a marca.
error-required-plate = Introduza a matrícula.
error-required-bank = Introduza o nome do banco.
error-required-details = Indique quem são as testemunhas e como as contactar.
error-choose-emergency = Indique se alguém está em perigo.
error-choose-known-perpetrator = Indique se conhece o autor dos factos.
error-choose-violence = Indique se houve violência.
error-choose-declarant = Indique para quem faz esta declaração.
error-choose-mode = Indique se sabe a data exata.
error-choose-offence = Escolha o tipo de factos.
error-choose-add-item = Indique se quer declarar um objeto.
error-choose-seen = Indique se pode descrever o autor.
error-choose-any = Indique se houve testemunhas.
error-choose-time-of-day = Escolha um momento do dia.
error-choose-blocked = Indique se cancelou o cartão.
error-choose-fraudulent-payments = Indique se foram feitos pagamentos sem o seu conhecimento.
error-choose-document = Escolha o tipo de documento de identificação.
item-summary = { $kind }: { $details }

error-declaration = Assinale a caixa para certificar que a sua declaração é exata.

## Início
start-title = Fazer uma pré-queixa online
start-lead = Declare online um crime contra os seus bens e depois assine a sua queixa na esquadra (commissariat) ou no posto da gendarmerie (brigade de gendarmerie) à sua escolha.
start-covers-title = Este serviço destina-se a
start-unknown-perpetrator = apenas quando não conhece o autor dos factos.
start-need-title = Antes de começar, tenha à mão
start-need-identity = os seus dados de identificação e um endereço de e-mail;
start-need-email = a data e o local dos factos, mesmo aproximados;
start-need-items = a descrição dos objetos roubados ou danificados (número de série, IMEI, matrícula, últimos algarismos do cartão).
start-next-title = E depois?
start-next-body = Um agente analisa a sua declaração e contacta-o para fazer uma marcação. Tem de assinar a sua queixa no prazo de 30 dias; sem assinatura, a pré-queixa é apagada.
start-time = Conte com cerca de 15 minutos. As suas respostas ficam guardadas em cada passo.
start-button = Começar

## Elegibilidade
eligibility-title = A sua situação
eligibility-emergency = Há alguém em perigo, ou os factos estão a acontecer agora?
eligibility-emergency-hint = Se sim, ligue já para o 17 ou o 112.
eligibility-known = Conhece o autor dos factos?
eligibility-known-hint = Por exemplo, sabe o nome dele, ou é uma pessoa que consegue identificar.
eligibility-violence = Alguém ficou ferido, foi ameaçado ou sofreu violência, nomeadamente sexual?
eligibility-violence-hint = A violência contra pessoas não é tratada pela pré-queixa.

elsewhere-emergency-title = Ligue já para os serviços de emergência
elsewhere-emergency-body = Em caso de perigo imediato, não use este serviço: ligue para o 17 ou o 112. Se não puder falar, envie um SMS para o 114.
elsewhere-emergency-next = Quando estiver em segurança, pode voltar para declarar os factos.
elsewhere-known-perpetrator-title = Dirija-se à esquadra ou à gendarmerie
elsewhere-known-perpetrator-body = A pré-queixa online é só para factos cujo autor é desconhecido. Quando conhece o autor, apresente queixa diretamente numa esquadra (commissariat) ou num posto da gendarmerie (brigade de gendarmerie), ou escreva ao procurador da República (procureur de la République) do tribunal judicial (tribunal judiciaire) do local dos factos.
elsewhere-known-perpetrator-next = Leve um documento de identificação e todos os documentos úteis (fotografias, faturas, mensagens).
elsewhere-violence-title = Procure a ajuda de um serviço adequado
elsewhere-violence-body = A violência contra pessoas não é tratada pela pré-queixa online. Dirija-se a uma esquadra (commissariat) ou a um posto da gendarmerie (brigade de gendarmerie), onde será atendido. Para ser ouvido e aconselhado, pode ligar para os números abaixo.
elsewhere-violence-next = Se ficou ferido, consulte um médico: um atestado médico será útil para a sua queixa.
elsewhere-internet-scam-title = Use o serviço próprio para burlas na internet
elsewhere-internet-scam-body = As burlas cometidas na internet (anúncio falso, site de vendas falso, chantagem online, phishing) declaram-se no serviço online próprio THESEE, acessível a partir de service-public.fr. Para um pagamento fraudulento com cartão na internet, use o serviço Perceval.
elsewhere-internet-scam-next = Cancele já o seu cartão junto do seu banco e guarde todas as provas (capturas de ecrã, mensagens, extratos).

## Declarante
declarant-title = Para quem faz esta declaração?
declarant-myself = Para mim
declarant-myself-hint = É a vítima.
declarant-minor-child = Para o meu filho ou a minha filha menor
declarant-minor-child-hint = É o pai, a mãe ou o representante legal.
declarant-organisation = Para uma empresa ou uma associação
declarant-organisation-hint = É o seu representante.

## Identidade
identity-title = A sua identidade e os seus contactos
identity-intro = Estas informações permitem que o serviço o contacte e vão constar da sua queixa.
identity-you-legend = Os seus dados
identity-declarant-legend = Os seus dados, como declarante
identity-child-legend = A criança
identity-organisation-legend = A empresa ou a associação
identity-organisation-name = Denominação social
identity-organisation-siret = Número SIRET (facultativo)
identity-organisation-siret-hint = 14 algarismos.
identity-organisation-role = A sua função
identity-surname = Apelido
identity-given-names = Nomes próprios
identity-birth-date = Data de nascimento
identity-birth-place = Local de nascimento
identity-birth-place-hint = Município e país.
identity-address-legend = Morada
identity-address = Número e rua
identity-postcode = Código postal
identity-town = Município
identity-country = País (facultativo)
identity-country-hint = Se não vive em França.
identity-contact-legend = Para o contactarmos
identity-email = Endereço de e-mail
identity-email-hint = Enviaremos para este endereço a confirmação e a sua referência.
identity-phone = Número de telefone (facultativo)
identity-phone-hint = O serviço poderá telefonar-lhe para fazer a marcação.

## Quando
when-title = Quando aconteceram os factos?
when-mode-legend = Sabe a data exata?
when-mode-exact = Sim, sei a data
when-mode-range = Não, só sei um período
when-exact-heading = Se souber a data
when-date = Data
when-time = Hora (facultativo)
when-time-hint = Deixe em branco se não souber a hora. Por exemplo: 14:30.
when-range-heading = Se só souber um período
when-from = Entre
when-to = E

## Local
place-title = Onde aconteceram os factos?
place-kind-legend = Tipo de local
place-kind-street = Na rua ou num local público
place-kind-home = Na minha casa
place-kind-vehicle = Dentro ou em cima de um veículo
place-kind-transport = Nos transportes públicos ou numa estação
place-kind-business = Numa loja, num restaurante ou num estabelecimento
place-kind-work = No meu local de trabalho ou de estudo
place-kind-other = Noutro local
place-address = Morada ou ponto de referência (facultativo)
place-address-hint = Por exemplo: 12 rue de la République, ou «em frente à estação».
place-postcode = Código postal
place-town = Município
place-details = Pormenores (facultativo)
place-details-hint = Linha de autocarro ou de metro, nome da loja, andar…

## Factos
facts-title = O que aconteceu?
facts-offence-legend = Tipo de factos
offence-theft = Um furto
offence-theft-hint = Mala, bicicleta, objeto levado sem violência.
offence-pickpocketing = Um furto por carteirista
offence-pickpocketing-hint = Carteira ou telemóvel tirado de um bolso ou de uma mala.
offence-theft-from-vehicle = Um furto no interior de um veículo
offence-theft-from-vehicle-hint = Objetos levados do interior de um carro.
offence-burglary = Um assalto a casa ou a instalações
offence-burglary-hint = Habitação, cave, garagem ou instalações profissionais.
offence-vehicle-theft = Um furto de veículo
offence-vehicle-theft-hint = Carro, veículo motorizado de duas rodas.
offence-damage = Danos ou vandalismo
offence-damage-hint = Grafito, vidro partido, veículo danificado.
offence-card-fraud = O uso fraudulento do meu cartão bancário
offence-card-fraud-hint = Pagamentos ou levantamentos que não fez, fora da internet.
offence-scam = Uma burla fora da internet
offence-scam-hint = Falso funcionário, falsa venda ao domicílio, cheque falso.
offence-internet-scam = Uma burla na internet
offence-internet-scam-hint = Anúncio falso, site falso, phishing: existe um serviço próprio.
facts-account = Descreva o que aconteceu
facts-account-hint = Conte com as suas palavras, por ordem: o que estava a fazer, o que verificou, o que foi levado ou estragado.

## Objetos
items-title-empty = Objetos roubados ou danificados
items-title = Os seus objetos
items-add-first = Quer declarar um objeto roubado ou danificado?
items-add-another = Quer acrescentar outro objeto?
items-hint = Telemóvel, veículo, cartão bancário, documento de identificação ou qualquer outro objeto.
item-kind-title = Que tipo de objeto?
item-kind-phone = Um telemóvel
item-kind-vehicle = Um veículo
item-kind-bank-card = Um cartão bancário
item-kind-identity-document = Um documento de identificação
item-kind-other = Outro objeto
item-title-phone = O telemóvel
item-title-vehicle = O veículo
item-title-bank-card = O cartão bancário
item-title-identity-document = O documento de identificação
item-title-other = O objeto
item-save = Guardar este objeto
item-brand = Marca
item-model-optional = Modelo (facultativo)
item-imei = Número IMEI (facultativo)
item-imei-hint = 15 algarismos, na caixa ou na fatura. Permite bloquear o telemóvel.
item-vehicle-warning = Atenção: enquanto a sua queixa não estiver assinada, continua a ser responsável por este veículo, incluindo pelas infrações cometidas com ele. Assine a sua queixa o mais depressa possível.
item-plate = Matrícula
item-plate-hint = Por exemplo: AB-123-CD.
item-colour = Cor (facultativo)
item-bank = Banco
item-last-digits = 4 últimos algarismos do cartão
item-last-digits-hint = Nunca introduza o número completo do seu cartão.
item-blocked = Já cancelou este cartão?
item-blocked-hint = Se ainda não o fez, ligue já para o seu banco ou para o 0 892 705 705.
item-fraudulent = Foram feitos pagamentos ou levantamentos sem o seu conhecimento?
item-amount = Montante total (facultativo)
item-amount-hint = Em euros, por exemplo 120,50.
item-card-blocked = cartão cancelado
item-card-not-blocked = cartão não cancelado
item-card-fraud = pagamentos fraudulentos
item-card-fraud-amount = pagamentos fraudulentos: { $amount }
item-document = Tipo de documento
document-identity-card = Cartão de identidade
document-passport = Passaporte
document-residence-permit = Título de residência
document-driving-licence = Carta de condução
item-document-number = Número do documento (facultativo)
item-document-number-hint = Consta de uma fotocópia ou do comprovativo do pedido.
item-description = Descrição
item-description-hint = Por exemplo: computador portátil cinzento, bicicleta azul.
item-serial = Número de série (facultativo)
item-value = Valor estimado (facultativo)

## Autor e testemunhas
perpetrator-title = O autor dos factos
perpetrator-seen = Consegue descrever a pessoa ou as pessoas?
perpetrator-seen-yes = Sim, consigo dar uma descrição
perpetrator-seen-no = Não, não sei
perpetrator-description = Descrição (se respondeu que sim)
perpetrator-description-hint = Número de pessoas, aspeto, roupa, veículo, direção tomada.
witnesses-title = As testemunhas
witnesses-any = Alguém testemunhou os factos?
witnesses-details = Testemunhas (se respondeu que sim)
witnesses-details-hint = Nome e forma de as contactar, e o que viram.

## Serviço e marcação
unit-title = Onde quer assinar a sua queixa?
unit-intro = Escolha a esquadra (commissariat) ou o posto da gendarmerie (brigade de gendarmerie) onde vai assinar. Esse serviço vai contactá-lo para fazer a marcação.
unit-search = Pesquisar por código postal, departamento ou município
unit-search-hint = Por exemplo: 69003, 13 ou Rennes.
unit-search-button = Pesquisar
unit-results = { $count ->
    [0] Nenhum serviço encontrado.
    [one] 1 serviço encontrado.
   *[other] { $count } serviços encontrados.
}
unit-no-results = Nenhum serviço encontrado: tente o número do departamento ou um município vizinho.
unit-choose = Escolha um serviço
unit-kind-police = Polícia Nacional (Police nationale)
unit-kind-gendarmerie = Gendarmerie Nacional (Gendarmerie nationale)
appointment-title = A sua disponibilidade para a marcação
appointment-intro = O serviço vai propor-lhe uma marcação para assinar. Indique o que lhe convém.
appointment-days = Dias que lhe convêm (facultativo)
appointment-days-hint = Assinale todos os dias possíveis. Sem resposta, consideramos que todos os dias lhe convêm.
appointment-any-day = Todos os dias
day-mon = Segunda-feira
day-tue = Terça-feira
day-wed = Quarta-feira
day-thu = Quinta-feira
day-fri = Sexta-feira
day-sat = Sábado
appointment-time = Momento do dia
time-of-day-any = Tanto faz
time-of-day-morning = De manhã
time-of-day-afternoon = À tarde
time-of-day-evening = Ao fim do dia
appointment-needs = Necessidades específicas (facultativo)
appointment-needs-hint = Intérprete, acessibilidade para cadeira de rodas, acompanhamento…

## Verificação
check-title = Verifique as suas respostas antes de enviar
check-section-you = Os seus dados
check-section-facts = Os factos
check-section-follow-up = Seguimento do procedimento
check-declarant = Declaração feita
check-organisation = Empresa ou associação
check-child = Criança
check-name = Nome
check-birth = Nascimento
check-address = Morada
check-contact = Contactos
check-when = Data
check-when-exact-time = { $date } às { $time }
check-when-range = entre { $from } e { $to }
check-place = Local
check-offence = Tipo de factos
check-account = Relato
check-items = Objetos
check-no-items = Nenhum objeto declarado
check-perpetrator = Autor
check-witnesses = Testemunhas
check-unit = Local de assinatura
check-appointment = Disponibilidade
check-send-title = Enviar a sua pré-queixa
check-send-body = Ao enviar esta pré-queixa, compromete-se a assiná-la no prazo de 30 dias no serviço escolhido. Uma declaração falsa é punida por lei (artigo 434-26 do Código Penal francês, code pénal).
check-declaration-legend = Declaração sob compromisso de honra
check-declaration = Certifico que as informações prestadas são exatas.
check-send-button = Enviar a pré-queixa

## Confirmação
confirmation-title = Pré-queixa enviada
confirmation-reference-label = A sua referência:
confirmation-sent-on = Enviada em { $date }.
confirmation-email = Foi-lhe enviado um e-mail de confirmação. Guarde esta referência: ser-lhe-á pedida.
confirmation-next-title = Próximo passo: assinar a sua queixa
confirmation-deadline = Tem de assinar a sua queixa até { $date } (30 dias). Sem assinatura, a pré-queixa será apagada.
confirmation-next-body = O serviço escolhido vai contactá-lo para fazer uma marcação:
confirmation-bring-title = O que levar no dia da marcação
confirmation-bring-reference = a referência da sua pré-queixa;
confirmation-bring-identity = um documento de identificação (e, para uma empresa, uma certidão Kbis ou uma procuração);
confirmation-bring-proof = os comprovativos dos objetos (faturas, fotografias, números de série);
confirmation-bring-bank = para um cartão bancário, o extrato das operações contestadas.
confirmation-print = Pode imprimir esta página como comprovativo (Ctrl+P ou ⌘+P).

## E-mail
email-received-subject = A sua pré-queixa { $reference } foi recebida
email-greeting = Bom dia,
email-received-intro = A sua pré-queixa foi registada. Vai ser analisada por um agente.
email-emergency = Em caso de emergência, ligue para o 17 ou o 112, ou envie um SMS para o 114. Não responda a esta mensagem.
email-signature = O serviço Queixa online (Plainte en ligne)

## Área dos agentes
agent-sign-in-title = Área dos agentes: iniciar sessão
agent-sign-in-intro = Reservado aos agentes da Police nationale e da Gendarmerie nationale. Cada início de sessão é registado.
agent-email = Endereço de e-mail profissional
agent-password = Palavra-passe
agent-sign-in-button = Iniciar sessão
agent-code-title = Código de verificação
agent-code = Código de 6 algarismos
agent-code-hint = Mostrado pela sua aplicação de autenticação.
agent-code-button = Validar
agent-enrol-title = Ativar a verificação em dois passos
agent-enrol-intro = Digitalize este código com a sua aplicação de autenticação e depois introduza o código de 6 algarismos que ela mostra.
agent-enrol-qr-label = Código QR a digitalizar com a aplicação de autenticação
agent-enrol-manual = Se não conseguir digitalizar o código, introduza esta chave na aplicação:
agent-enrol-button = Ativar e continuar
agent-error-credentials = Endereço de e-mail ou palavra-passe incorretos.
agent-error-too-many = Demasiadas tentativas. Tente de novo daqui a 15 minutos.
agent-error-code = Este código não é válido. Verifique a hora do seu telemóvel e tente de novo.
agent-error-code-used = Este código já foi usado. Aguarde pelo código seguinte.
agent-sign-out = Terminar sessão
agent-nav-label = Área dos agentes
agent-nav-queue = Fila de tratamento
agent-nav-statistics = Estatísticas
agent-nav-admin = Administração
role-agent = Agente
role-supervisor = Supervisor
role-admin = Administrador
agent-queue-title = Fila de tratamento
agent-queue-counts = Processos por estado
agent-take-next = Assumir o processo seguinte
agent-filter-status = Estado
agent-filter-category = Categoria
agent-filter-from = Chegado a partir de
agent-filter-to = Chegado até
agent-filter-any = Todos
agent-filter-button = Filtrar
agent-queue-shown = { $count ->
    [0] Nenhum processo mostrado.
    [one] 1 processo mostrado.
   *[other] { $count } processos mostrados.
}
agent-queue-empty = Nenhum processo corresponde.
agent-queue-nothing-to-claim = Não há nenhum processo novo para assumir.
agent-queue-next-page = Processos seguintes
agent-queue-first-page = Voltar ao início da fila
agent-queue-pages = Páginas da fila
agent-col-reference = Referência
agent-col-category = Categoria
agent-col-status = Estado
agent-col-priority = Prioridade
agent-col-age = Chegou há
agent-col-owner = Assumido por
agent-priority-high = Alta
agent-priority-normal = Normal
agent-back-to-queue = Voltar à fila
duration-minutes = { $count ->
    [0] 0 minutos
    [one] 1 minuto
   *[other] { $count } minutos
}
duration-hours = { $count ->
    [0] 0 horas
    [one] 1 hora
   *[other] { $count } horas
}
duration-days = { $count ->
    [0] 0 dias
    [one] 1 dia
   *[other] { $count } dias
}
category-pre-complaint = Pré-queixa
category-complaint = Queixa online
category-discrimination = Discriminação
category-violence = Violência sexual e sexista
status-new = Novo
status-in-review = Em análise
status-appointment-proposed = Marcação proposta
status-appointment-booked = Marcação feita
status-signed = Assinada
status-converted-to-complaint = Convertida em queixa
status-referred = Encaminhada
status-more-information-requested = Informações pedidas
status-rejected = Rejeitada
status-closed = Encerrada
referral-other-unit = Outro serviço
referral-defenseur-des-droits = O Défenseur des droits
referral-prosecutor = O procurador da República (procureur de la République)

## Página do processo
case-title = Processo { $reference }
case-submitted = Enviado em
case-language = Língua do declarante
case-sign-by = Assinar até { $date } (dentro de { $days } dias).
case-sign-by-passed = O prazo de assinatura terminou em { $date }.
case-action-claim = Assumir
case-action-release = Devolver à fila
case-action-propose-appointment = Propor estes horários
case-action-book-appointment = Reservar a marcação
case-action-mark-signed = Queixa assinada
case-action-convert-to-complaint = Converter em queixa
case-action-refer = Encaminhar
case-action-request-information = Pedir informações
case-action-information-received = Informações recebidas
case-action-reject = Rejeitar
case-action-close = Encerrar
case-refer-to = Encaminhar para
case-refer-note = Nota para o serviço destinatário (facultativo)
case-reject-reason = Motivo da rejeição (comunicado ao declarante)
case-slots-title = Propor marcações para a assinatura
case-slots-hint = Até três horários, antes do fim do prazo de assinatura. O declarante escolhe através de uma ligação recebida por e-mail.
case-slot-n = Horário { $n }
case-slots-offered = Horários propostos
case-slot-chosen = escolhido pelo declarante
case-assign-to = Atribuir a
case-assign = Atribuir o processo
case-note-label = Nota interna
case-note-hint = Nunca visível para o declarante.
case-note-button = Acrescentar a nota
case-message-label = Mensagem para o declarante
case-message-hint = Enviada por e-mail na língua do declarante. Escreva apenas o que ele possa ler sem risco.
case-message-button = Enviar a mensagem
case-messages-title = Mensagens com o declarante
case-messages-empty = Nenhuma mensagem.
case-notes-title = Notas internas
case-notes-empty = Nenhuma nota.
case-history-title = Histórico
case-history-empty = Nenhuma alteração.
case-history-line = { $action }: { $from } → { $to }
case-answers-title = Declaração
case-error-already-claimed = Este processo já foi assumido.
case-error-changed = Este processo acabou de ser alterado por outra pessoa. Este é o seu estado atual.
case-error-deadline-passed = O prazo de assinatura de 30 dias foi ultrapassado.
case-error-forbidden = A sua função não permite esta ação.
case-error-not-allowed = Esta ação não é possível no estado atual do processo.
case-error-not-claimed = Este processo não foi assumido.
case-error-not-owner = Só o agente que assumiu este processo pode fazer isto.
case-error-reason-required = Indique o motivo.
case-error-reason-too-long = O motivo é demasiado longo (no máximo 1000 carateres).
case-error-slot-format = Introduza uma data e uma hora, por exemplo 03/12/2026 10:30.
case-error-slot-past = Este horário já passou.
case-error-slot-after-deadline = Este horário ultrapassa o prazo de assinatura.
case-error-slot-none = Proponha pelo menos um horário.
case-error-assign = Este processo não pode ser atribuído a esta pessoa.
error-required-note-body = Introduza a nota.
error-required-message-body = Introduza a mensagem.
error-required-name = Introduza o nome.

## Escolha da marcação (cidadão)
slot-title = Escolher a sua marcação
slot-intro = Para assinar a sua pré-queixa { $reference }, escolha um dos horários propostos pelo serviço.
slot-legend = Horários disponíveis
slot-button = Confirmar esta marcação
slot-booked-title = Marcação confirmada
slot-booked-body = A sua marcação está feita para { $when }. Leve a sua referência e um documento de identificação.
slot-gone-title = Esta ligação já não funciona
slot-gone-body = A marcação já foi escolhida, ou o prazo foi ultrapassado. Contacte o serviço indicado no seu e-mail.
email-message-subject = Mensagem sobre a sua declaração { $reference }
email-message-intro = Um agente que trata a sua declaração { $reference } escreve-lhe:
email-slots-subject = Escolha a sua marcação para assinar ({ $reference })
email-slots-intro = Para assinar a sua pré-queixa { $reference }, o serviço propõe-lhe os seguintes horários:
email-slots-choose = Escolha o seu horário através desta ligação:

## Estatísticas e administração
stats-title = Estatísticas do serviço
stats-export = Descarregar estes números (CSV)
stats-weeks-title = Tempo até o processo ser assumido, por semana
stats-week = Semana
stats-submitted = Recebidos
stats-claimed = Assumidos
stats-median = Tempo mediano
stats-p90 = 90 % assumidos em menos de
stats-by-category = Por categoria
stats-by-status = Por estado
admin-title = Administração das contas
admin-name = Nome
admin-role = Função
admin-unit = Serviço
admin-unit-hint = Código do serviço, por exemplo PN-69-LYON-01. Não se aplica a um administrador.
admin-state = Estado
admin-actions = Ações
admin-state-active = Ativa
admin-state-not-enrolled = Verificação em dois passos por ativar
admin-state-disabled = Desativada
admin-disable = Desativar
admin-add-title = Criar uma conta
admin-add-intro = É gerada uma palavra-passe, mostrada uma única vez: transmita-a ao agente por um canal seguro.
admin-add-button = Criar a conta
admin-created = Conta criada:
admin-password-once = Palavra-passe (mostrada uma única vez):
admin-error-unit = Nenhum serviço ativo tem este código.
admin-error-taken = Já existe uma conta com este endereço.

# A session that ends after a time without action (follow-up, agent workspace)
session-limit = Para sua segurança, esta sessão termina após { $minutes } minutos sem qualquer ação. Se não fizer nada, termina às { $time }. Qualquer ação, ou o botão abaixo, dá-lhe mais { $minutes } minutos.
session-keep-button = Manter a minha sessão aberta
