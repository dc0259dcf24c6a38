// The captions of ../shared/stories/japan-fans-world-cup-2018.txt, exactly as the
// newsroom filed them (typos included): the credit parser must read them as they come.
export const SEED_CAPTIONS = [
  'Japan fans collect rubbish from the stands following their sides defeat in the 2018 FIFA World Cup Russia Round of 16 match between Belgium and Japan at Rostov Arena on July 2, 2018 in Rostov-on-Don, Russia. (Photo by Catherine Ivill/Getty Images)',
  'Japan fans collect rubbish from the stands following their sides defeat in the 2018 FIFA World Cup Russia Round of 16 match between Belgium and Japan at Rostov Arena on July 2, 2018 in Rostov-on-Don, Russia. (Photo by Carl Court/Getty Images)',
  'Shinji Kagawa of Japan lies on the pitch dejected followig the 2018 FIFA World Cup Russia Round of 16 match between Belgium and Japan at Rostov Arena on July 2, 2018 in Rostov-on-Don, Russia. (Photo by Laurence Griffiths/Getty Images)',
];
