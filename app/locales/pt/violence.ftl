# A denúncia de violência sexual e sexista, a sua saída rápida, e
# as ligações que levam até ela. Os títulos das páginas mantêm-se neutros:
# nunca nomeiam o assunto.

## Saída rápida (cada página da denúncia, e as páginas de acompanhamento)
quick-exit-label = Saída rápida
quick-exit-link = Sair deste site
quick-exit-shortcut = Ou carregue 3 vezes na tecla Shift

## Ligações a partir da página inicial e da orientação
violence-home-title = Denunciar violência sexual ou sexista
violence-home-body = De forma anónima, se quiser, com um código pessoal para acompanhar a sua denúncia e trocar mensagens com um polícia ou um gendarme.
violence-orientation-report = Também pode denunciar o que aconteceu neste portal, de forma anónima, se quiser. Receberá um código pessoal para acompanhar a sua denúncia e trocar mensagens com um polícia ou um gendarme com formação para estas situações.
violence-orientation-action = Fazer uma denúncia

## Palavras comuns
violence-optional = Esta pergunta é facultativa.

## O que a saída rápida faz, e o que não faz
violence-quick-exit-title = Sair deste site rapidamente
violence-quick-exit-does = A qualquer momento, o botão «Sair deste site», no topo de cada página, leva-o para um site de meteorologia. Também fecha a sua sessão aqui: as respostas que não enviou são apagadas.
violence-quick-exit-shortcut = Se o JavaScript estiver ativado no seu navegador, também pode carregar 3 vezes seguidas na tecla Shift. A página desaparece de imediato, e o botão Retroceder não a faz voltar.
violence-quick-exit-not-title = O que a saída rápida não faz
violence-quick-exit-not-history = Não apaga o seu histórico de navegação: este site, e as páginas vistas antes de sair, podem ainda aparecer nele. Pode apagá-los do histórico depois.
violence-quick-exit-not-watch = Não consegue esconder a sua visita de alguém que veja o seu ecrã, o seu dispositivo ou a sua rede.

## Antes de começar (página de introdução)
violence-start-title = Antes de começar
violence-start-lead = Aqui, pode denunciar à polícia e à gendarmerie violência sexual ou sexista, quer tenha acontecido consigo, quer com outra pessoa. Pode manter o anonimato.
violence-start-danger = Se estiver em perigo neste momento, ligue para o 17 ou o 112. Se não puder falar, envie um SMS para o 114.
violence-start-advice-link = Ler os nossos conselhos para usar este site em segurança
violence-start-how-title = Como funciona
violence-start-how-required = Só duas perguntas exigem resposta: se está em segurança neste momento, e para quem faz esta denúncia. Pode saltar todas as outras.
violence-start-how-anonymous = A escolha é sua: manter o anonimato, ou indicar uma forma de contacto, nos momentos em que isso não seja um risco para si.
violence-start-how-code = No fim, recebe um código de acompanhamento pessoal, mostrado uma única vez. Com ele, pode ver em que ponto está a sua denúncia e trocar mensagens com um polícia ou um gendarme com formação para estas situações.
violence-start-how-time = Demora cerca de 5 a 10 minutos. Pode parar a qualquer momento.
violence-start-button = Começar

## Conselhos de segurança
violence-advice-title = Usar este site em segurança
violence-advice-lead = Se alguém puder ver o seu telemóvel ou o seu computador, estes cuidados podem ajudar. Faça apenas o que lhe parecer seguro.
violence-advice-before-title = Antes de começar
violence-advice-before-private = Use uma janela de navegação privada: depois de fechada, o navegador não guarda nenhum histórico dela.
violence-advice-before-device = Se puder, use um dispositivo a que a outra pessoa não tenha acesso: o telemóvel de uma amiga ou de um amigo, um computador numa biblioteca ou numa associação.
violence-advice-before-watched = Se pensa que o seu telemóvel está a ser vigiado (por exemplo, por uma aplicação de espionagem), use outro dispositivo.
violence-advice-after-title = Depois da sua visita
violence-advice-after-history = Apague este site do seu histórico de navegação. Na maioria dos navegadores, o histórico abre-se com Ctrl+H (⌘+Y num Mac).
violence-advice-after-close = Feche a janela do navegador.
violence-advice-after-code = Guarde o seu código de acompanhamento num local onde mais ninguém o possa encontrar, e não num caderno ou num telemóvel que outra pessoa use.
violence-advice-talk-title = Falar com alguém
violence-advice-back = Voltar ao início da denúncia

## Ajuda imediata (sem segurança, ou menos de 18 anos)
violence-help-title = Ajuda, já
violence-help-danger-title = Se estiver em perigo
violence-help-danger-body = Ligue para o 17 (polícia e gendarmerie) ou o 112. Se não puder falar, envie um SMS para o 114: escreva o que está a acontecer e onde está.
violence-help-danger-place = Se puder, vá para um local com pessoas: uma loja, uma farmácia, a casa de um vizinho.
violence-help-child-title = Uma criança ou um adolescente
violence-help-child-body = O 119 ouve crianças e adolescentes, e adultos preocupados com uma criança. A chamada é gratuita e não aparece na fatura do telefone.
violence-help-go-on-title = A sua denúncia
violence-help-go-on-body = As suas respostas estão guardadas. Pode continuar a sua denúncia agora, mais tarde, ou desistir dela.
violence-help-go-on = Continuar a minha denúncia

## Está em segurança?
violence-safe-title = Está em segurança neste momento?
violence-safe-hint = Se não estiver em segurança, indicamos-lhe já para quem ligar. Depois, pode continuar a sua denúncia.
violence-safe-yes = Sim
violence-safe-no = Não
violence-safe-not-sure = Não sei
error-choose-safe-now = Indique se está em segurança neste momento.

## Para quem?
violence-who-title = Para quem faz esta denúncia?
violence-reporter-myself = Para mim
violence-reporter-myself-hint = Aconteceu comigo.
violence-reporter-someone-else = Para outra pessoa
violence-reporter-someone-else-hint = Aconteceu com uma pessoa que conheço, que me contou.
violence-reporter-witness = Como testemunha
violence-reporter-witness-hint = Vi ou ouvi os factos.
violence-age-legend = A pessoa em causa tem menos de 18 anos?
violence-age-hint = Esta pergunta é facultativa. Se aconteceu consigo, responda por si.
violence-age-under-18 = Sim, menos de 18 anos
violence-age-adult = Não, 18 anos ou mais
violence-age-unknown = Não sei
violence-who-child = Se uma criança ou um adolescente estiver em perigo, ligue para o 119: gratuito, 24 horas por dia, e invisível na fatura do telefone.
error-choose-report-for = Indique para quem faz esta denúncia.

## Anónimo ou não
violence-contact-title = Quer manter o anonimato?
violence-contact-intro-anonymous = Se mantiver o anonimato, não lhe pedimos o nome nem nenhum contacto. Acompanha a sua denúncia com o seu código pessoal.
violence-contact-intro-identified = Se indicar uma forma de contacto, um polícia ou um gendarme com formação para estas situações pode telefonar-lhe ou escrever-lhe, apenas nos momentos em que isso não seja um risco para si.
violence-contact-choice = A sua escolha
violence-contact-anonymous = Manter o anonimato
violence-contact-anonymous-hint = Só o seu código de acompanhamento o liga a esta denúncia.
violence-contact-identified = Indicar uma forma de contacto
violence-contact-identified-hint = Nesse caso, responda às perguntas abaixo.
violence-contact-details = Se indicar uma forma de contacto
violence-contact-name = Nome a usar (facultativo)
violence-contact-name-hint = Basta um nome próprio.
violence-contact-by = Como prefere que entremos em contacto consigo?
violence-contact-by-email = Por e-mail
violence-contact-by-email-hint = As mensagens do polícia ou do gendarme serão enviadas para este endereço. Escolha um endereço que mais ninguém consulte.
violence-contact-by-phone = Por telefone
violence-contact-by-phone-hint = Um polícia ou um gendarme telefona-lhe nos momentos que indicar.
violence-contact-email = Endereço de e-mail
violence-contact-phone = Número de telefone
violence-contact-safe-times = Em que momentos podemos contactá-lo sem risco? (facultativo)
violence-contact-safe-times-hint = Por exemplo: nos dias úteis, entre as 9h e o meio-dia. Diga-nos se há momentos em que nunca devemos telefonar.
error-choose-anonymity = Indique se mantém o anonimato ou se indica uma forma de contacto.
error-choose-contact-by = Indique como o podemos contactar: por e-mail ou por telefone.
error-required-phone = Indique o número para o qual lhe podemos telefonar.

## O que aconteceu?
violence-what-title = O que aconteceu?
violence-what-hint = Assinale tudo o que se aplica. Não tem de dar pormenores. Esta pergunta é facultativa.
violence-fact-sexist = Palavras, insultos ou comportamentos sexistas
violence-fact-harassment = Palavras, mensagens ou comportamentos de natureza sexual, não desejados e repetidos (assédio)
violence-fact-touching = Toques de natureza sexual sem consentimento
violence-fact-forced-act = Um ato sexual forçado ou imposto, incluindo violação
violence-fact-exposure = Uma pessoa que mostra as suas partes íntimas (exibicionismo)
violence-fact-images = Fotografias ou vídeos íntimos captados ou partilhados sem consentimento, ou mensagens sexuais online
violence-fact-partner = Violência, ameaças ou formas de controlo por parte de um parceiro ou de uma parceira, ou de um ex
violence-fact-other = Outra coisa
violence-fact-not-sure = Não sei como descrever

## Quando e onde?
violence-when-title = Quando e onde aconteceu?
violence-when-hint = Basta uma resposta aproximada. As duas perguntas são facultativas.
violence-period-legend = Quando aconteceu?
violence-period-days = Nos últimos dias
violence-period-weeks = Nas últimas semanas
violence-period-months = Nos últimos meses
violence-period-over-a-year = Há mais de um ano
violence-period-unknown = Não sei
violence-area-label = Onde aconteceu? (facultativo)
violence-area-hint = O número do departamento (département) ou o código postal, por exemplo 69 ou 69003. Isto ajuda-nos a enviar a sua denúncia a uma equipa perto desse local.
error-area = Indique um número de departamento ou um código postal, por exemplo 69 ou 69003, ou deixe em branco.

## Quem é essa pessoa?
violence-person-title = Quem é a pessoa que fez isto?
violence-person-hint = Indique quem ela é para a pessoa em causa. Esta pergunta é facultativa, e não tem de dar nenhum nome.
violence-relationship-partner = Um parceiro ou uma parceira, ou um ex
violence-relationship-family = Alguém da família
violence-relationship-acquaintance = Alguém que a pessoa conhece: um amigo, um vizinho, um conhecido
violence-relationship-work-or-studies = Alguém do trabalho, da escola ou dos estudos
violence-relationship-online = Alguém que conheceu online
violence-relationship-stranger = Alguém que a pessoa não conhece
violence-relationship-rather-not-say = Prefiro não dizer

## Descrever o que aconteceu
violence-details-title = Quer descrever o que aconteceu?
violence-details-stop = Pode parar aqui. O que já nos disse é suficiente para enviar a sua denúncia.
violence-details-stop-link = Ir para o resumo da minha denúncia
violence-details-label = O que aconteceu, com as suas palavras (facultativo)
violence-details-hint = Escreva apenas o que quiser partilhar. Pode deixar em branco.

## Apoio
violence-support-title = Que apoio gostaria de ter?
violence-support-hint = Esta pergunta é facultativa. Assinale as respostas que quiser.
violence-support-call-back = Receber uma chamada de um polícia ou de um gendarme com formação para estas situações
violence-support-call-back-hint = Só se tiver indicado um número de telefone. Caso contrário, a resposta ser-lhe-á dada na sua página de acompanhamento.
violence-support-complaint-information = Informações para apresentar queixa
violence-support-complaint-information-hint = O que implica, onde e como, ao seu ritmo. Denunciar aqui não o obriga a apresentar queixa.
violence-support-line-3919 = Falar com alguém do 3919, Violences Femmes Info
violence-support-line-3919-hint = Gratuito e anónimo, 24 horas por dia, 7 dias por semana. Pode ligar já.
violence-support-victim-support = A ajuda de uma associação de apoio à vítima
violence-support-victim-support-hint = France Victimes, 116 006, 7 dias por semana: escuta, informação sobre os seus direitos, ajuda nos procedimentos.
violence-support-now = Também pode ligar já para estes números:

## Verificar as suas respostas
violence-check-skipped = Sem resposta
violence-check-section-situation = A sua situação
violence-check-section-contact = Contacto
violence-check-section-facts = O que aconteceu
violence-check-section-support = Apoio
violence-check-safe = Em segurança neste momento
violence-check-who = Denúncia feita
violence-check-age = Menos de 18 anos
violence-check-contact = Anonimato
violence-check-name = Nome
violence-check-reach = Como o contactar
violence-check-safe-times = Momentos sem risco
violence-check-facts = O que aconteceu
violence-check-period = Quando
violence-check-area = Onde
violence-check-person = A pessoa que fez isto
violence-check-details = A sua descrição
violence-check-support = Apoio pretendido
violence-check-send-title = Enviar a sua denúncia
violence-check-send-code = Depois de enviar a denúncia, verá o seu código de acompanhamento pessoal, uma única vez. Tenha à mão algo onde o anotar, num local que só a si seja conhecido.
violence-check-send-button = Enviar a minha denúncia

## Enviada
violence-confirmation-title = A sua denúncia foi enviada
violence-confirmation-sent-on = Enviada em { $date }.
violence-confirmation-code-title = O seu código de acompanhamento pessoal
violence-confirmation-code-once = Copie-o ou anote-o: não poderá ser recuperado. Só é mostrado desta vez.
violence-confirmation-code-keep = Guarde-o num local onde mais ninguém o possa encontrar. Qualquer pessoa que tenha este código pode ler as mensagens sobre a sua denúncia.
violence-confirmation-code-print = Também pode imprimir esta página (Ctrl+P ou ⌘+P).
violence-confirmation-follow-title = Acompanhar a sua denúncia
violence-confirmation-follow-body = Na página «Acompanhar a minha denúncia» (/follow-up neste site), introduza o seu código. Verá em que ponto está a sua denúncia e poderá trocar mensagens com o polícia ou o gendarme que a trata.
violence-confirmation-follow-link = Ir para a página «Acompanhar a minha denúncia»
violence-confirmation-next-title = E depois
violence-confirmation-next-anonymous = Um polícia ou um gendarme com formação para estas situações lê a sua denúncia. Como optou pelo anonimato, a resposta será dada na sua página de acompanhamento.
violence-confirmation-next-identified = Um polícia ou um gendarme com formação para estas situações lê a sua denúncia e vai contactá-lo como pediu, nos momentos indicados.
violence-confirmation-complaint = Pediu informações para apresentar queixa: ser-lhe-ão dadas na sua página de acompanhamento ou no contacto.
violence-confirmation-numbers-title = Pessoas com quem falar
violence-confirmation-leave = Depois de guardar o seu código, pode sair deste site com o botão no topo da página.
violence-sent-code-title = O seu código de acompanhamento
violence-sent-code-body = O seu código de acompanhamento só foi mostrado uma vez, logo após o envio da sua denúncia. Para sua segurança, não pode voltar a ser mostrado.

## E-mail (enviado apenas se a pessoa pediu para ser contactada por e-mail)
violence-email-subject = Recebemos a sua mensagem
violence-email-body = Recebemos a sua mensagem. Alguém vai entrar em contacto consigo como pediu.
