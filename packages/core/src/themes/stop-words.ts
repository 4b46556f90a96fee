// Words too common to say anything about a comment, per language: articles,
// pronouns, auxiliaries, particles. Kept short on purpose — a rarer word that
// slips through is simply not distinctive, while a content word wrongly
// listed here would vanish from every theme. Lower case, NFKC.
const LISTS: readonly string[] = [
  // English
  `a about after all also am an and any are as at be because been but by can could did do does
  doing don't done for from get got had has have having he her here him his how i i'm if in into is
  it it's its just me more most my no not now of on one only or other our out over really so some
  such than that the their them then there these they this those to too very was we were what
  when where which while who why will with would you your yours us ive im dont didnt cant wont
  isnt wasnt thats`,
  // Spanish, French, German, Portuguese, Italian, Dutch
  `el la los las un una unos unas y o de del al en con por para que es son fue muy pero como lo
  le se su sus mi me no si ya más
  le la les un une des et ou de du au aux en dans avec pour par que qui est sont était très mais
  comme ce cette il elle ils on nous vous je ne pas plus
  der die das ein eine einen und oder von zu mit für auf ist sind war sehr aber wie es ich sie wir
  nicht auch noch dem den des im
  o a os as um uma e ou do da dos das no na em com por para que é são foi muito mas como se eu
  il lo gli un una e o di del della in con per che è sono era molto ma come si io non
  de het een en of van in met voor op dat is zijn was heel maar als ik je we niet ook`,
  // Japanese particles, auxiliaries and function words (as Intl.Segmenter splits them)
  `が は を に で と の も へ や か ね よ な だ た て し です ます でした ました ない すぎる すぎ
  ある いる する した して され れる られ こと もの それ これ あれ この その あの ここ そこ
  とても すごく ちょっと など から まで より ので のに けど けれど でも また まだ もう い う`,
  // Chinese function words
  `的 了 是 在 和 也 就 都 很 太 有 我 你 他 她 它 们 这 那 不 没 吗 呢 吧 啊 把 被 对 给`,
  // Korean function words (particles attached to words are left as they are)
  `그리고 그런데 하지만 너무 정말 아주 좀 이 그 저 것 수 등 및`,
];

export const STOP_WORDS: ReadonlySet<string> = new Set(
  LISTS.flatMap((list) => list.split(/\s+/).filter(Boolean)),
);
