# Orientação (perguntas e destinos), páginas informativas, números de ajuda.
# Palavras simples para pessoas que podem estar em choque: frases curtas, sem jargão.

## Página inicial e rodapé

orientation-home-title = O que aconteceu? Encontre o procedimento certo
orientation-home-body = Responda a algumas perguntas curtas. Indicamos-lhe como denunciar os factos, ou para quem ligar. As suas respostas não são guardadas.
orientation-home-start = Começar
orientation-home-direct = Ir diretamente para um procedimento
orientation-home-complaint-title = Apresentar queixa totalmente online
orientation-home-complaint-body = Para os mesmos crimes que uma pré-queixa (pré-plainte), se puder comprovar a sua identidade com o FranceConnect. Sem ter de ir à esquadra.
orientation-home-discrimination-title = Denunciar uma discriminação
orientation-home-discrimination-body = Se foi tratado ou tratada pior por causa da sua origem, do seu sexo, de uma deficiência, da sua idade, da sua religião ou de outro motivo.
orientation-home-internet-title = Denunciar uma burla na internet
orientation-home-internet-body = Anúncios falsos, lojas online falsas, phishing, ou pagamentos na internet com o seu cartão que não fez.
orientation-home-support-title = Ajuda e apoio
orientation-home-support-body = Números gratuitos para falar com alguém, de dia e de noite, e formas de denunciar violência, incluindo violência sexual.
orientation-home-ddd-title = Um problema com um serviço público
orientation-home-ddd-body = O Défenseur des droits, autoridade independente, pode ajudá-lo gratuitamente.
orientation-home-all-numbers = Todos os números e os seus horários
orientation-footer-start = Encontrar o procedimento certo
orientation-find-procedure = Não sabe o que fazer? Encontre o procedimento certo
orientation-restart = Recomeçar com outras respostas

## Perguntas

orientation-q-danger-title = Há alguém em perigo neste momento?
orientation-q-danger-hint = Por exemplo, uma pessoa está ferida ou ameaçada, ou o autor ainda está por perto.
orientation-a-danger-yes = Sim, há alguém em perigo neste momento
orientation-a-danger-no = Não, ninguém está em perigo neste momento
orientation-error-danger = Indique se há alguém em perigo neste momento.

orientation-q-what-title = O que aconteceu?
orientation-q-what-hint = Se aconteceram várias coisas, escolha a mais grave.
orientation-a-what-property = Roubaram-me ou estragaram-me alguma coisa, ou burlaram-me em dinheiro
orientation-a-what-property-hint = Furto ou roubo, assalto a casa, danos ou vandalismo, uso fraudulento do meu cartão bancário, burla
orientation-a-what-violence = Alguém me bateu, me feriu ou me ameaçou
orientation-a-what-violence-hint = Violência física ou ameaças, por um desconhecido ou por uma pessoa que conheço
orientation-a-what-sexual-violence = Violência sexual ou sexista
orientation-a-what-sexual-violence-hint = Assédio sexual, agressão sexual, violação, insultos ou comportamentos sexistas – contra mim ou contra outra pessoa
orientation-a-what-discrimination = Fui tratado ou tratada pior por causa de quem sou
orientation-a-what-discrimination-hint = Discriminação: por causa da minha origem, do meu sexo, de uma deficiência, da minha idade, da minha religião, da minha orientação sexual, do meu estado de saúde, do meu local de residência…
orientation-a-what-public-service = Um serviço público tratou-me injustamente
orientation-a-what-public-service-hint = Um problema com uma administração ou um serviço público, por exemplo as finanças (impôts), a CAF, a France Travail ou um hospital público
orientation-a-what-other = Outra coisa
orientation-a-what-other-hint = Nenhuma destas respostas corresponde ao que aconteceu
orientation-error-what = Escolha o que aconteceu.

orientation-q-internet-title = Os factos aconteceram na internet?
orientation-q-internet-hint = Por exemplo, um anúncio falso ou um site falso, uma mensagem que pede os seus dados bancários, ou pagamentos na internet com o seu cartão.
orientation-a-internet-yes = Sim, na internet
orientation-a-internet-no = Não, fora da internet
orientation-error-internet = Indique se os factos aconteceram na internet.

orientation-q-known-title = Sabe quem é o autor?
orientation-q-known-hint = Por exemplo, sabe o nome dele, ou poderia dizer onde encontrá-lo.
orientation-a-known-yes = Sim, sei quem é o autor
orientation-a-known-no = Não, não sei quem é o autor
orientation-error-known = Indique se sabe quem é o autor.

orientation-q-identity-title = Pode comprovar a sua identidade online com o FranceConnect?
orientation-q-identity-hint = O FranceConnect permite-lhe entrar nos serviços públicos com uma conta que já tem, por exemplo em impots.gouv.fr ou ameli.fr, ou com a aplicação Identité Numérique La Poste.
orientation-a-identity-yes = Sim, posso usar o FranceConnect
orientation-a-identity-no = Não, não o posso usar
orientation-a-identity-not-sure = Não sei
orientation-error-identity = Indique se pode usar o FranceConnect.

## Destinos

orientation-dest-emergency-title = Ligue já para os serviços de emergência
orientation-dest-emergency-lead = Se o senhor ou a senhora, ou outra pessoa, estiver em perigo, ligue já. Estas chamadas são gratuitas, de dia e de noite.
orientation-dest-emergency-safe = Quando estiver em segurança, pode voltar a este site para denunciar o que aconteceu.

orientation-dest-pre-complaint-title = Fazer uma pré-queixa online
orientation-dest-pre-complaint-lead = A pré-queixa (pré-plainte) corresponde à sua situação. Descreve os factos online e depois assina a sua queixa na esquadra (commissariat) ou no posto da gendarmerie (brigade de gendarmerie) à sua escolha.
orientation-dest-pre-complaint-body = Conte com cerca de 15 minutos. A esquadra ou o posto da gendarmerie que escolher contacta-o depois para fazer uma marcação. Tem de assinar no prazo de 30 dias.
orientation-dest-pre-complaint-action = Começar a minha pré-queixa

orientation-dest-online-complaint-title = Apresentar queixa online
orientation-dest-online-complaint-lead = Como pode comprovar a sua identidade com o FranceConnect, pode apresentar queixa totalmente online, sem ter de ir à esquadra ou à gendarmerie.
orientation-dest-online-complaint-body = Entra com o FranceConnect, descreve os factos e envia a sua queixa. A sua queixa é conservada durante 6 meses.
orientation-dest-online-complaint-action = Começar a minha queixa online
orientation-dest-online-complaint-other-title = Se o FranceConnect não funcionar no seu caso
orientation-dest-online-complaint-other = Pode fazer antes uma pré-queixa e assiná-la na esquadra ou no posto da gendarmerie à sua escolha.
orientation-dest-online-complaint-other-link = Fazer uma pré-queixa

orientation-dest-discrimination-title = Denunciar uma discriminação
orientation-dest-discrimination-lead = Tratar uma pessoa pior por causa da sua origem, do seu sexo, de uma deficiência, da sua idade, da sua religião ou de outro motivo previsto na lei é discriminação. A lei proíbe-o. Tem duas formas de agir, e pode usar as duas.
orientation-dest-discrimination-police-title = Denunciar à polícia e à gendarmerie
orientation-dest-discrimination-police = Descreva os factos neste portal. Um agente lê a sua denúncia e contacta-o. A denúncia pode levar a uma queixa e a uma investigação.
orientation-dest-discrimination-action = Denunciar uma discriminação
orientation-dest-discrimination-ddd-title = Ou contactar o Défenseur des droits
orientation-dest-discrimination-ddd = O Défenseur des droits é uma autoridade pública independente. A sua ajuda é gratuita. Pode aconselhá-lo, procurar uma solução amigável e acompanhá-lo se recorrer a tribunal.

orientation-dest-support-title = Ajuda e apoio
orientation-dest-support-lead = Não está sozinho nem sozinha, e o que aconteceu não é culpa sua. Há pessoas disponíveis para o ouvir, gratuitamente, quer tenha acontecido consigo, quer com alguém próximo.
orientation-dest-support-talk-title = Falar com alguém
orientation-dest-support-report-title = Denunciar o que aconteceu
orientation-dest-support-report = Na plataforma nacional abaixo, pode conversar por escrito (chat) com um polícia ou um gendarme, a qualquer momento, sem dar o seu nome. Ele pode aconselhá-lo e ajudá-lo a apresentar queixa.

orientation-dest-internet-title = Denunciar uma burla na internet
orientation-dest-internet-lead = As burlas e as fraudes com cartão bancário na internet são tratadas por serviços online específicos, e não por uma pré-queixa.
orientation-dest-internet-scam-title = Uma burla na internet
orientation-dest-internet-scam = Anúncios falsos, lojas online falsas, chantagem, falsos investimentos, phishing: denuncie no THESEE, o serviço online da polícia e da gendarmerie para as burlas na internet. Encontra-o em service-public.fr.
orientation-dest-internet-card-title = Pagamentos com o seu cartão que não fez
orientation-dest-internet-card = Se os dados do seu cartão foram usados na internet e o cartão continua consigo, denuncie no Perceval, o serviço online para as fraudes com cartão bancário. Também o encontra em service-public.fr.
orientation-dest-internet-site-title = Um site ou uma mensagem fraudulenta
orientation-dest-internet-site = Para denunciar um site, um anúncio ou uma mensagem contrária à lei, use o serviço oficial de denúncia:
orientation-dest-internet-now = Contacte já o seu banco para cancelar o seu cartão. Guarde todas as provas: capturas de ecrã, mensagens, e-mails e extratos bancários.

orientation-dest-defenseur-des-droits-title = Contactar o Défenseur des droits
orientation-dest-defenseur-des-droits-lead = Quando um serviço público o trata injustamente, o Défenseur des droits pode ajudá-lo. É uma autoridade pública independente, e a sua ajuda é gratuita.
orientation-dest-defenseur-des-droits-body = Trata de problemas com os serviços públicos (por exemplo as finanças, a CAF, a France Travail ou um hospital público), de discriminações, dos direitos da criança e do comportamento das forças de segurança. Tente primeiro resolver o problema com o serviço em causa, e guarde uma cópia das suas cartas e e-mails.

orientation-dest-station-known-author-title = Dirija-se à esquadra ou à gendarmerie
orientation-dest-station-known-author-lead = A sua situação é tratada presencialmente. Um agente vai ouvi-lo e registar a sua queixa.
orientation-dest-station-known-author-reason = Porquê: sabe quem é o autor. A pré-queixa online é só para factos cujo autor é desconhecido. Também pode escrever ao procurador da República (procureur de la République).
orientation-dest-station-violence-title = Dirija-se à esquadra ou à gendarmerie
orientation-dest-station-violence-lead = A violência e as ameaças são tratadas presencialmente, para que um agente o possa ouvir e proteger, se for preciso.
orientation-dest-station-violence-reason = Porquê: a violência e as ameaças contra uma pessoa não podem ser denunciadas online neste portal. Se ficou ferido ou ferida, consulte um médico: um atestado médico vai ajudar a sua queixa.
orientation-dest-station-other-title = Dirija-se à esquadra ou à gendarmerie
orientation-dest-station-other-lead = Um agente vai ouvi-lo e dizer-lhe o que pode fazer.
orientation-dest-station-other-reason = Porquê: este portal ainda não abrange a sua situação.
orientation-station-any = Pode ir a qualquer esquadra (commissariat) ou posto da gendarmerie (brigade de gendarmerie). São obrigados a receber a sua queixa, mesmo que os factos tenham acontecido noutro local.
orientation-station-bring = Leve um documento de identificação e tudo o que possa ajudar: fotografias, mensagens, talões de compra, nomes das testemunhas.

orientation-ddd-phone = Por telefone:
orientation-ddd-hours = (das 9h às 18h)
orientation-ddd-chat = Por chat, para as discriminações:
orientation-ddd-website = No site:

## Números de ajuda

helpline-17-name = Polícia e gendarmerie – emergência
helpline-17-hours = 24 horas por dia, 7 dias por semana. Gratuito.
helpline-112-name = Número europeu de emergência, a partir de qualquer telefone na Europa
helpline-112-hours = 24 horas por dia, 7 dias por semana. Gratuito.
helpline-15-name = Emergência médica (SAMU)
helpline-15-hours = 24 horas por dia, 7 dias por semana. Gratuito.
helpline-18-name = Bombeiros (sapeurs-pompiers)
helpline-18-hours = 24 horas por dia, 7 dias por semana. Gratuito.
helpline-114-name = Emergência por SMS, se não puder falar ou ouvir, ou se não puder falar porque alguém está perto de si
helpline-114-hours = Por SMS, 24 horas por dia, 7 dias por semana. Gratuito.
helpline-3919-name = Violences Femmes Info: escuta e conselhos para mulheres vítimas de violência e para as pessoas próximas
helpline-3919-hours = 24 horas por dia, 7 dias por semana. Gratuito e anónimo.
helpline-119-name = Allô Enfance en danger: para crianças e adolescentes em perigo, e para adultos preocupados com eles
helpline-119-hours = 24 horas por dia, 7 dias por semana. Gratuito, e a chamada não aparece na fatura do telefone.
helpline-116006-name = France Victimes: apoio às vítimas de qualquer crime
helpline-116006-hours = 7 dias por semana, das 9h às 19h. Gratuito.
helpline-3018-name = Violência na internet: ciberassédio, ameaças, imagens íntimas partilhadas sem consentimento
helpline-3018-hours = Gratuito, anónimo e confidencial.
helpline-3928-name = Défenseur des droits: discriminações e problemas com os serviços públicos
helpline-3928-hours = Das 9h às 18h.

## Páginas informativas

guide-more-title = Informações úteis
guide-pre-complaint-start = Começar uma pré-queixa

guide-pre-complaint-title = Como funciona a pré-queixa
guide-pre-complaint-lead = A pré-queixa (pré-plainte) permite-lhe começar a sua queixa online, para passar menos tempo na esquadra ou na gendarmerie.
guide-pc-declare-title = 1. Descreve os factos, online
guide-pc-declare-body = Indica quando e onde os factos aconteceram, o que foi roubado ou estragado, e como o podemos contactar. Conte com cerca de 15 minutos, a qualquer hora do dia ou da noite.
guide-pc-unit-title = 2. Escolhe onde assinar
guide-pc-unit-body = Escolhe a esquadra (commissariat) ou o posto da gendarmerie (brigade de gendarmerie) onde quer assinar, e os dias e horários que lhe convêm.
guide-pc-contact-title = 3. O serviço contacta-o
guide-pc-contact-body = Um agente lê a sua pré-queixa e contacta-o, por e-mail ou por telefone, para lhe propor uma marcação.
guide-pc-sign-title = 4. Assina a sua queixa no prazo de 30 dias
guide-pc-sign-body = A sua queixa só existe depois de assinada na esquadra ou no posto da gendarmerie. Leve o seu documento de identificação e a sua referência.
guide-pc-sign-lapse = Se não assinar no prazo de 30 dias, a pré-queixa é anulada e os seus dados são apagados.
guide-pc-covers-title = Para que serve a pré-queixa
guide-pc-covers-body = Para crimes contra os seus bens, quando não sabe quem é o autor:
guide-pc-covers-theft = furto, incluindo carteirista e furto no interior de um veículo
guide-pc-covers-burglary = assalto a casa
guide-pc-covers-vehicle = furto de veículo
guide-pc-covers-damage = danos e vandalismo
guide-pc-covers-card = uso fraudulento do seu cartão bancário
guide-pc-covers-scam = burla que não aconteceu na internet
guide-pc-who-title = Quem a pode fazer
guide-pc-who-victim = a vítima
guide-pc-who-parent = um pai, uma mãe ou o representante legal, no caso de uma criança com menos de 18 anos
guide-pc-who-organisation = o representante de uma empresa ou de uma associação
guide-pc-not-title = Quando não é o procedimento certo
guide-pc-not-body = Se alguém estiver em perigo, ligue para o 17 ou o 112. Se souber quem é o autor, ou se tiver havido violência contra uma pessoa, dirija-se à esquadra ou à gendarmerie. As burlas na internet têm o seu próprio serviço online.

guide-what-to-bring-title = O que deve levar para assinar
guide-what-to-bring-lead = Leve estes documentos no dia da sua marcação. Ajudam o agente a registar a sua queixa rapidamente.
guide-bring-always-title = Em todos os casos
guide-bring-identity = Um documento de identificação: bilhete ou cartão de identidade, passaporte, título de residência ou carta de condução.
guide-bring-reference = A referência da sua pré-queixa, por exemplo PP-7K3Q-9MXD-C. Consta do seu comprovativo e do e-mail que recebeu.
guide-bring-items-title = Para o que foi roubado ou estragado
guide-bring-items-body = Leve o que tiver, mesmo que esteja incompleto:
guide-bring-ownership = provas de que os objetos são seus: faturas, talões de compra, fotografias, caixas ou certificados de garantia;
guide-bring-phone = para um telemóvel: o número IMEI, que está na caixa ou na fatura (o seu operador também lho pode dar);
guide-bring-vehicle = para um veículo: o certificado de matrícula (carte grise) e as chaves que ainda tem;
guide-bring-card = para um cartão bancário: os extratos da sua conta com os pagamentos que não fez, e o comprovativo do cancelamento do cartão;
guide-bring-damage = para danos: fotografias, e orçamentos ou faturas de reparação.
guide-bring-other-title = Se atuar em nome de outra pessoa
guide-bring-other-body = Para uma criança com menos de 18 anos, leve um documento que prove que é o pai, a mãe ou o representante legal. Para uma empresa ou uma associação, leve um documento que prove que pode agir em nome dela.
guide-bring-missing-title = Se lhe faltar alguma coisa
guide-bring-missing-body = Venha na mesma. Poderá entregar os documentos em falta mais tarde.

guide-data-retention-title = Durante quanto tempo os seus dados são conservados
guide-data-retention-lead = Guardamos as suas informações apenas durante o tempo necessário e depois apagamo-las definitivamente.
guide-data-periods-title = Prazos de conservação
guide-data-pre-complaint = Uma pré-queixa que não foi assinada: apagada 30 dias após o envio.
guide-data-complaint = Uma queixa online: conservada durante 6 meses.
guide-data-draft = Um formulário começado mas não enviado: apagado após 30 dias.
guide-data-signed-title = Depois de assinada a sua queixa
guide-data-signed-body = Uma queixa assinada faz parte de um processo da polícia ou da gendarmerie. Passa então a seguir as regras desses processos.
guide-data-never-title = O que nunca guardamos
guide-data-never-body = Não guardamos o seu endereço IP nem o navegador que usa. Este site não tem publicidade nem rastreamento, e não carrega nada a partir de outros sites.
guide-data-deleted-title = O que significa «apagado»
guide-data-deleted-body = No fim do prazo, as suas respostas são apagadas da nossa base de dados. Ninguém as pode recuperar, nem mesmo nós.

guide-anonymity-title = Denunciar sem dar o nome
guide-anonymity-lead = Algumas denúncias podem ser feitas sem dar o seu nome. Uma queixa não: exige a sua identidade.
guide-anon-records-title = O que o portal guarda
guide-anon-records-body = Apenas o que escreve nos formulários, e um cookie que desaparece quando fecha o navegador. Este cookie serve para guardar as suas respostas de uma página para a outra.
guide-anon-not-title = O que o portal não guarda
guide-anon-not-ip = o seu endereço IP ou o navegador que usa;
guide-anon-not-tracking = as páginas que visita: não há rastreamento nem publicidade;
guide-anon-not-mail = o seu endereço de e-mail, a não ser que decida indicá-lo.
guide-anon-report-title = Onde pode levar uma denúncia anónima
guide-anon-report-body = Uma denúncia anónima é lida por polícias ou gendarmes. Mesmo assim, pode levar a uma investigação, por exemplo quando várias denúncias dizem respeito à mesma pessoa ou ao mesmo local.
guide-anon-complaint-title = Porque é que uma queixa exige a sua identidade
guide-anon-complaint-body = Uma queixa dá início a um processo judicial em seu nome. A polícia, a gendarmerie e a justiça têm de saber quem é e como o contactar.
guide-anon-complaint-address = Se receia pela sua segurança, diga-o ao agente. Pode pedir para indicar a morada da esquadra ou da gendarmerie em vez da sua morada pessoal.
guide-anon-device-title = Num telemóvel ou computador partilhado
guide-anon-device-body = O histórico do seu navegador pode mostrar as páginas que consultou. Use uma janela de navegação privada, ou apague o histórico depois.

guide-support-numbers-title = Números de emergência e de ajuda
guide-support-numbers-lead = Em caso de emergência, ligue para o 17 ou o 112. Se não puder falar, envie um SMS para o 114.
guide-numbers-emergency-title = Emergência
guide-numbers-support-title = Alguém para o ouvir e ajudar
