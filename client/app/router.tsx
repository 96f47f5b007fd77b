import { createBrowserRouter } from 'react-router';
import { HomePage } from '../features/home/home-page';
import { NotFoundPage } from './not-found-page';
import { Shell } from './shell';

export const router = createBrowserRouter([
  {
    element: <Shell />,
    children: [
      { index: true, element: <HomePage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
